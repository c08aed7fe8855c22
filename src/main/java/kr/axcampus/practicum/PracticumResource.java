package kr.axcampus.practicum;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.practicum.dto.PracticeLogRequest;
import kr.axcampus.practicum.dto.PracticeLogView;

/** A cohort's practice logs (independent practice toward the 18 hours). */
@Path("/api/cohorts")
@Tag(name = "Practicum and progress")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class PracticumResource {
    private final PracticumService practicum;
    private final CurrentCaller caller;

    public PracticumResource(PracticumService practicum, CurrentCaller caller) {
        this.practicum = practicum;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/practice-logs")
    @Operation(summary = "An enrolled learner logs independent practice; status PENDING")
    public Response submit(@PathParam("id") String cohortId, PracticeLogRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(practicum.submit(caller.get(), cohortId, request))
                .build();
    }

    @GET
    @Path("/{id}/practice-logs")
    @Operation(summary = "Practice logs: all (instructors, operators) or the caller's own")
    public List<PracticeLogView> logs(@PathParam("id") String cohortId) {
        return practicum.logs(caller.get(), cohortId);
    }
}
