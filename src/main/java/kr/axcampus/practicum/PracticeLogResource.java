package kr.axcampus.practicum;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.attendance.dto.DecisionRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.practicum.dto.PracticeLogView;

@Path("/api/practice-logs")
@Tag(name = "Practicum and progress")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
public class PracticeLogResource {
    private final PracticumService practicum;
    private final CurrentCaller caller;

    public PracticeLogResource(PracticumService practicum, CurrentCaller caller) {
        this.practicum = practicum;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a practice log: it counts toward practicum, up to the course's cap")
    public PracticeLogView approve(
            @PathParam("id") String id,
            @RequestBody(required = false, description = "nothing is needed to approve") DecisionRequest decision) {
        return practicum.decide(caller.get(), id, true, decision == null ? null : decision.reason());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a practice log with a reason")
    public PracticeLogView reject(@PathParam("id") String id, DecisionRequest decision) {
        return practicum.decide(caller.get(), id, false, decision == null ? null : decision.reason());
    }
}
