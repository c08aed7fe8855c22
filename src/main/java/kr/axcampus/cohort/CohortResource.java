package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.CompanyEnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.GenerateSessionsRequest;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.cohort.dto.WithdrawalRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

@Path("/api/cohorts")
@Tag(name = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CohortResource {
    private final CohortService cohorts;
    private final SessionService sessions;
    private final EnrollmentImport imports;
    private final CurrentCaller caller;

    public CohortResource(
            CohortService cohorts, SessionService sessions, EnrollmentImport imports, CurrentCaller caller) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/sessions")
    @Operation(summary = "Schedule a session (operators and the cohort's instructors)")
    public Response createSession(@PathParam("id") String cohortId, SessionRequest request) {
        SessionView created = sessions.create(caller.get(), cohortId, request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/sessions/" + created.id())
                .build();
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(summary = "The cohort's sessions in time order")
    public List<SessionView> sessions(@PathParam("id") String cohortId) {
        return sessions.list(caller.get(), cohortId);
    }

    @POST
    @Path("/{id}/sessions/generate")
    @Operation(summary = "Lay the course's modules out as sessions (only for a cohort without sessions)")
    public Response generateSessions(@PathParam("id") String cohortId, GenerateSessionsRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(sessions.generate(caller.get(), cohortId, request))
                .build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a cohort of a course")
    public Response create(CohortRequest request) {
        CohortView created = cohorts.create(caller.get(), request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/cohorts/" + created.id())
                .build();
    }

    @GET
    @Operation(summary = "The caller's cohorts: taught, attended, their employees' (CEO), or all (operator)")
    public PageResult<CohortView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cohorts.list(caller.get(), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    public CohortView get(@PathParam("id") String id) {
        return cohorts.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/enrollments")
    @Operation(summary = "Enrol a learner: 201, or 200 with the existing enrolment; a full cohort is 409")
    public Response enroll(@PathParam("id") String id, EnrollmentRequest request) {
        CohortService.Enrolled result = cohorts.enroll(caller.get(), id, request);
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
                .entity(cohorts.enrollCompany(caller.get(), id, request))
                .build();
    }

    @GET
    @Path("/{id}/enrollments")
    @Operation(summary = "Enrolments in scope: all (operator, instructor), own employees (CEO), own (learner)")
    public List<EnrollmentView> enrollments(@PathParam("id") String id) {
        return cohorts.enrollments(caller.get(), id);
    }

    @POST
    @Path("/{id}/enrollments/{userId}/withdraw")
    @Operation(summary = "Withdraw a learner with a reason; every record is kept")
    public EnrollmentView withdraw(
            @PathParam("id") String id, @PathParam("userId") String userId, WithdrawalRequest request) {
        return cohorts.withdraw(caller.get(), id, userId, request);
    }
}
