package kr.axcampus.event;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.bestpractice.dto.CaseRef;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.event.dto.CaseLinkRequest;

/** The cases presented at a sharing event (API.md "Sharing events": {@code POST /api/events/{id}/cases}). */
@Path("/api/events")
@Tag(name = "Sharing events")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class EventCaseResource {
    private final EventCases cases;
    private final CurrentCaller caller;

    public EventCaseResource(EventCases cases, CurrentCaller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/cases")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Link a best-practice case presented at the event (operators); repeating is harmless")
    public Response link(@PathParam("id") String id, CaseLinkRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.link(caller.get(), id, request))
                .build();
    }

    @GET
    @Path("/{id}/cases")
    @Operation(
            summary = "The cases presented at the event (operators: every linked case; others: those on the showcase)")
    public List<CaseRef> list(@PathParam("id") String id) {
        return cases.list(caller.get(), id);
    }
}
