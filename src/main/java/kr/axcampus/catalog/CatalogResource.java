package kr.axcampus.catalog;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.catalog.dto.ImportResult;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;

@Path("/api/catalog")
@Tag(name = "Catalogue")
@RolesAllowed(Roles.ADMIN)
public class CatalogResource {
    private final CatalogImporter importer;
    private final CatalogService catalog;
    private final CurrentCaller caller;

    public CatalogResource(CatalogImporter importer, CatalogService catalog, CurrentCaller caller) {
        this.importer = importer;
        this.catalog = catalog;
        this.caller = caller;
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Re-import content/; invalid content changes nothing and every problem is listed")
    public ImportResult reload() {
        CatalogImporter.Report report = importer.importContent(
                CatalogImport.Trigger.RELOAD, caller.get().id());
        if (report.outcome() == CatalogImport.Outcome.INVALID) {
            throw invalidContent(report.problems());
        }
        return catalog.lastImport().orElseThrow();
    }

    @GET
    @Path("/imports/latest")
    @Operation(summary = "The last import attempt and its problems")
    public ImportResult latest() {
        return catalog.lastImport().orElseThrow(() -> ProblemException.notFound("catalogue import"));
    }

    @GET
    @Path("/tags")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    @Operation(summary = "The AI opportunity tags of content/tags.yaml: [{code, name: {ko, en}}]")
    public List<TagCatalog.Tag> tags() {
        return catalog.tags();
    }

    /** Each problem as an error naming the file, in the order found. */
    static ProblemException invalidContent(List<ContentProblem> problems) {
        List<FieldError> errors = problems.stream()
                .map(p -> FieldError.coded(p.file(), "invalid-content", p.message()))
                .toList();
        return new ProblemException(
                400,
                "invalid-content",
                "Invalid content",
                problems.size() + " problem(s) in content/; nothing was changed",
                errors);
    }
}
