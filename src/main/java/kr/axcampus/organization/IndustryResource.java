package kr.axcampus.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.Roles;

/** The industries: the codes a company's {@code industrySection} accepts. */
@Path("/api/industries")
@Tag(name = "Companies")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class IndustryResource {
    private final IndustryCatalog industries;

    public IndustryResource(IndustryCatalog industries) {
        this.industries = industries;
    }

    @GET
    @Operation(summary = "The industries (KSIC sections and OTHER): [{code, name: {ko, en}}]")
    public List<Industry> list() {
        return industries.all();
    }
}
