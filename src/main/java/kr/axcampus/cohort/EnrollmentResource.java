package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.dto.CompanyEnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.WithdrawalRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

@Path("/api/cohorts")
@Tag(name = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class EnrollmentResource {
    private final EnrollmentService enrollments;
    private final EnrollmentImport imports;
    private final CurrentCaller caller;

    public EnrollmentResource(EnrollmentService enrollments, EnrollmentImport imports, CurrentCaller caller) {
        this.enrollments = enrollments;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/enrollments")
    @Operation(summary = "Enrol a learner: 201, or 200 with the existing enrolment; a full cohort is 409")
    public Response enroll(@PathParam("id") String id, EnrollmentRequest request) {
        EnrollmentService.Enrolled result = enrollments.enroll(caller.get(), id, request);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(result.enrollment())
                .build();
    }

    @POST
    @Path("/{id}/enrollments/import")
    @Consumes("text/csv")
    @Operation(summary = "Enrol from a CSV with an email column: all or nothing, every bad line named")
    public Response importEnrollments(@PathParam("id") String id, String csv) {
        return Response.status(Response.Status.CREATED)
                .entity(imports.importCsv(caller.get(), id, csv))
                .build();
    }

    @POST
    @Path("/{id}/enrollments/company")
    @Operation(summary = "Enrol every learner of a partner company, optionally one department")
    public Response enrollCompany(@PathParam("id") String id, CompanyEnrollmentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(enrollments.enrollCompany(caller.get(), id, request))
                .build();
    }

    @GET
    @Path("/{id}/enrollments")
    @Operation(summary = "Enrolments in scope: all (operator, instructor), own employees (CEO), own (learner)")
    public List<EnrollmentView> enrollments(@PathParam("id") String id) {
        return enrollments.enrollments(caller.get(), id);
    }

    @POST
    @Path("/{id}/enrollments/{userId}/withdraw")
    @Operation(summary = "Withdraw a learner with a reason; every record is kept")
    public EnrollmentView withdraw(
            @PathParam("id") String id, @PathParam("userId") String userId, WithdrawalRequest request) {
        return enrollments.withdraw(caller.get(), id, userId, request);
    }
}
