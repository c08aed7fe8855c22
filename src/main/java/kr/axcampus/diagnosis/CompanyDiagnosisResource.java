package kr.axcampus.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.dto.DiagnosisRequest;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.DiagnosisView;

@Path("/api/companies")
@Tag(name = "Diagnosis")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CompanyDiagnosisResource {
    private final DiagnosisService diagnoses;
    private final CurrentCaller caller;

    public CompanyDiagnosisResource(DiagnosisService diagnoses, CurrentCaller caller) {
        this.diagnoses = diagnoses;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/diagnoses")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign an expert to diagnose the company: a DRAFT on the current questionnaire")
    public Response create(@PathParam("id") String id, DiagnosisRequest request) {
        DiagnosisView created = diagnoses.create(caller.get(), id, request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/diagnoses/" + created.id())
                .build();
    }

    @GET
    @Path("/{id}/diagnoses")
    @Operation(summary = "The company's diagnoses, newest first (operators, its CEO, the assigned experts)")
    public PageResult<DiagnosisSummary> list(
            @PathParam("id") String id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return diagnoses.list(caller.get(), id, PageRequest.of(page, size));
    }
}
