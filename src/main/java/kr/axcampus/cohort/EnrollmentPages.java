package kr.axcampus.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import kr.axcampus.cohort.dto.CompanyEnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.WithdrawalRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.WorkMsg;

/** Enrolling and withdrawing on the cohort's page: by picking people, by company, by CSV; each answers in place. */
@Path("/admin/cohorts/{id}/enrollments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class EnrollmentPages {
    private final EnrollmentService enrollments;
    private final EnrollmentImport imports;
    private final CohortWorkspace workspace;
    private final CurrentCaller caller;
    private final PageSupport page;

    public EnrollmentPages(
            EnrollmentService enrollments,
            EnrollmentImport imports,
            CohortWorkspace workspace,
            CurrentCaller caller,
            PageSupport page) {
        this.enrollments = enrollments;
        this.imports = imports;
        this.workspace = workspace;
        this.caller = caller;
        this.page = page;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response pick(@PathParam("id") String id, @FormParam("userIds") List<String> userIds) {
        try {
            return done(id, "pick", enrollments.enrollPicked(caller.get(), id, userIds));
        } catch (ProblemException e) {
            return rejected(id, "pick", e, null);
        }
    }

    @POST
    @Path("/company")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response company(
            @PathParam("id") String id,
            @FormParam("companyId") String companyId,
            @FormParam("department") String department) {
        try {
            String team = department == null || department.isBlank() ? null : department.trim();
            return done(
                    id,
                    "company",
                    enrollments.enrollCompany(caller.get(), id, new CompanyEnrollmentRequest(companyId, team)));
        } catch (ProblemException e) {
            return rejected(id, "company", e, null);
        }
    }

    /** All or nothing, as the API's import: every rejected row is listed with its line. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importCsv(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw ProblemException.invalid(List.of(FieldError.coded("file", "file-required", "choose a CSV file")));
            }
            return done(id, "import", imports.importCsv(caller.get(), id, utf8(file)));
        } catch (ProblemException e) {
            return rejected(id, "import", e, null);
        }
    }

    @POST
    @Path("/{userId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(
            @PathParam("id") String id, @PathParam("userId") String userId, @FormParam("reason") String reason) {
        try {
            EnrollmentView withdrawn = enrollments.withdraw(caller.get(), id, userId, new WithdrawalRequest(reason));
            return page.redirect(
                    "/admin/cohorts/" + id + "#enrollments",
                    page.messages(WorkMsg.class).flash_withdrawn(withdrawn.name()));
        } catch (ProblemException e) {
            return rejected(id, "withdraw", e, userId);
        }
    }

    private Response done(String id, String panel, EnrollmentService.Batch batch) {
        return workspace.render(id, null, Feedback.enrolled(panel, batch), CohortWorkspace.Typed.NONE, 200);
    }

    private Response rejected(String id, String panel, ProblemException e, String subject) {
        if (e.status() == 404) {
            throw e;
        }
        return workspace.render(id, null, Feedback.problem(panel, e, subject), CohortWorkspace.Typed.NONE, e.status());
    }

    /** The file as UTF-8 (a BOM is dropped by the import); anything else is refused, not guessed. */
    private static String utf8(FileUpload file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile())))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("file", "not-utf8", "the file is not UTF-8 text; save the CSV as UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
