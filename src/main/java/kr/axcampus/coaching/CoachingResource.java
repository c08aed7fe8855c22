package kr.axcampus.coaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.coaching.dto.AssignBody;
import kr.axcampus.coaching.dto.CoachingRequestBody;
import kr.axcampus.coaching.dto.CoachingSummary;
import kr.axcampus.coaching.dto.CoachingView;
import kr.axcampus.coaching.dto.RatingBody;
import kr.axcampus.coaching.dto.ServiceLevels;
import kr.axcampus.coaching.dto.SummaryBody;
import kr.axcampus.coaching.dto.VisitBody;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

/** Coaching after training, as API.md "Coaching" describes; scope is the access class's. */
@Path("/api/coaching-requests")
@Tag(name = "Coaching")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CoachingResource {
    private final CoachingService coaching;
    private final CoachingBoard board;
    private final CurrentCaller caller;

    public CoachingResource(CoachingService coaching, CoachingBoard board, CurrentCaller caller) {
        this.coaching = coaching;
        this.board = board;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Ask for coaching (a learner or CEO, for their company): 201 NEW")
    public Response ask(CoachingRequestBody body) {
        CoachingView created = coaching.ask(caller.get(), body);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/coaching-requests/" + created.id())
                .build();
    }

    @GET
    @Operation(summary = "The coaching requests in the caller's scope, newest first, optionally of one status")
    public PageResult<CoachingSummary> list(
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return board.list(caller.get(), status, PageRequest.of(page, size));
    }

    @GET
    @Path("/service-levels")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Requests by status, overdue ones and mean hours to first response and to the end (operators)")
    public ServiceLevels levels() {
        return board.levels(caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A coaching request with its history, visits and rating")
    public CoachingView get(@PathParam("id") String id) {
        return coaching.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/assign")
    @Operation(
            summary = "Assign a coach (operators): ASSIGNED; without coachId, the requester's last cohort instructor")
    public CoachingView assign(@PathParam("id") String id, AssignBody body) {
        return coaching.assign(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/visits")
    @Operation(summary = "Record a coaching visit (the assigned coach): 201; an ASSIGNED request becomes SCHEDULED")
    public Response visit(@PathParam("id") String id, VisitBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(coaching.visit(caller.get(), id, body))
                .build();
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(summary = "Resolve the request with a summary (the assigned coach): RESOLVED")
    public CoachingView resolve(@PathParam("id") String id, SummaryBody body) {
        return coaching.end(caller.get(), id, CoachingStatus.RESOLVED, body);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the request unresolved with a summary (the assigned coach or an operator)")
    public CoachingView close(@PathParam("id") String id, SummaryBody body) {
        return coaching.end(caller.get(), id, CoachingStatus.CLOSED_UNRESOLVED, body);
    }

    @POST
    @Path("/{id}/rating")
    @Operation(summary = "Rate the outcome once, 1 to 5 (the requester, after the request ended); a second: 409")
    public CoachingView rate(@PathParam("id") String id, RatingBody body) {
        return coaching.rate(caller.get(), id, body);
    }
}
