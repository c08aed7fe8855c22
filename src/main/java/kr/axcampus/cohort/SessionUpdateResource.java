package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.dto.CancelSessionRequest;
import kr.axcampus.cohort.dto.SessionChangeView;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

/** A session by its own id: moved or changed by the cohort's team (its attendance is under the same path). */
@Path("/api/sessions")
@Tag(name = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class SessionUpdateResource {
    private final SessionService sessions;
    private final CurrentCaller caller;

    public SessionUpdateResource(SessionService sessions, CurrentCaller caller) {
        this.sessions = sessions;
        this.caller = caller;
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Move or change a session; its records stay")
    public SessionView update(@PathParam("id") String id, SessionRequest request) {
        return sessions.update(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a session that has not started, with a reason; it stays listed, marked cancelled")
    public SessionView cancel(@PathParam("id") String id, CancelSessionRequest request) {
        return sessions.cancel(caller.get(), id, request);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every move and cancellation of the session: when, by whom, why")
    public List<SessionChangeView> history(@PathParam("id") String id) {
        return sessions.history(caller.get(), id);
    }
}
