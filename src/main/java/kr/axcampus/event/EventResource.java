package kr.axcampus.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.event.dto.CodeRequest;
import kr.axcampus.event.dto.EventRequest;
import kr.axcampus.event.dto.EventView;
import kr.axcampus.event.dto.RegistrationView;

/** Sharing events (우수사례 공유회), as API.md "Sharing events" says. */
@Path("/api/events")
@Tag(name = "Sharing events")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class EventResource {
    private final EventService events;
    private final EventRegistrations registrations;
    private final EventCheckIns checkIns;
    private final CurrentCaller caller;

    public EventResource(
            EventService events, EventRegistrations registrations, EventCheckIns checkIns, CurrentCaller caller) {
        this.events = events;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Hold a sharing event (the centre's operators)")
    public Response create(EventRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(events.create(caller.get(), request))
                .build();
    }

    @GET
    @Operation(summary = "The centre's sharing events, latest start first, with counts and the caller's registration")
    public PageResult<EventView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return events.list(caller.get(), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A sharing event with its counts and the caller's registration")
    public EventView get(@PathParam("id") String id) {
        return events.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/registrations")
    @Operation(
            summary = "Register: a seat (REGISTERED) or a place on the waiting list (WAITING, with its position);"
                    + " 201 when made, 200 with the same registration when repeated")
    public Response register(@PathParam("id") String id) {
        EventRegistrations.Outcome outcome = registrations.register(caller.get(), id);
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.registration())
                .build();
    }

    @DELETE
    @Path("/{id}/registrations/me")
    @Operation(summary = "Cancel the caller's registration; a freed seat goes to the first waiting person")
    public Response cancel(@PathParam("id") String id) {
        registrations.cancel(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/check-in-code")
    @Operation(summary = "The live six-digit code (changes every 30 s) and the check-in link (the operators)")
    public CheckInCodeView code(@PathParam("id") String id, @Context UriInfo uri) {
        return checkIns.code(caller.get(), id, base(uri));
    }

    @GET
    @Path("/{id}/check-in-code.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the check-in link, as SVG (the operators)")
    public Response qrSvg(@PathParam("id") String id, @Context UriInfo uri) {
        CheckInCodeView code = checkIns.code(caller.get(), id, base(uri));
        return Response.ok(checkIns.qrSvg(code), "image/svg+xml")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/check-in")
    @Operation(summary = "Check in with the live code (a registrant with a seat); repeating it answers the same")
    public RegistrationView checkIn(@PathParam("id") String id, CodeRequest request) {
        return checkIns.checkIn(caller.get(), id, request == null ? null : request.code());
    }

    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
