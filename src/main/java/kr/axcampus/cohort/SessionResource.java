package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.dto.GenerateSessionsRequest;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

/** A cohort's schedule: its sessions, made one by one or generated from the course ({@link SessionUpdateResource} moves one). */
@Path("/api/cohorts")
@Tag(name = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class SessionResource {
    private final SessionService sessions;
    private final CurrentCaller caller;

    public SessionResource(SessionService sessions, CurrentCaller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/sessions")
    @Operation(summary = "Schedule a session (operators and the cohort's instructors)")
    public Response create(@PathParam("id") String cohortId, SessionRequest request) {
        SessionView created = sessions.create(caller.get(), cohortId, request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/sessions/" + created.id())
                .build();
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(summary = "The cohort's sessions in time order")
    public List<SessionView> list(@PathParam("id") String cohortId) {
        return sessions.list(caller.get(), cohortId);
    }

    @POST
    @Path("/{id}/sessions/generate")
    @Operation(summary = "Lay the course's modules out as sessions (only for a cohort without sessions)")
    public Response generate(@PathParam("id") String cohortId, GenerateSessionsRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(sessions.generate(caller.get(), cohortId, request))
                .build();
    }
}
