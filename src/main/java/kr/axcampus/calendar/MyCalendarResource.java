package kr.axcampus.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.calendar.dto.CalendarLink;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;

/** The caller's own calendar feed: its secret address, and a new one when the old one got out. */
@Path("/api/me/calendar")
@Tag(name = "Calendars")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class MyCalendarResource {
    private final CalendarFeeds feeds;
    private final CurrentCaller caller;

    public MyCalendarResource(CalendarFeeds feeds, CurrentCaller caller) {
        this.feeds = feeds;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The address of the caller's secret iCalendar feed (made on first asking)")
    public CalendarLink get(@Context UriInfo uri) {
        return new CalendarLink(FeedAddress.of(uri, feeds.tokenOf(caller.get().id()), false));
    }

    @POST
    @Path("/reset")
    @Operation(summary = "A new secret address for the caller's feed; the old one answers 404 at once")
    public CalendarLink reset(@Context UriInfo uri) {
        return new CalendarLink(FeedAddress.of(uri, feeds.reset(caller.get().id()), false));
    }
}
