package kr.axcampus.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.storage.ContentDisposition;
import kr.axcampus.web.PageSupport;

/**
 * One session as a calendar file, the one-click "add to calendar" of the session lists: for whoever
 * may see the session (404 otherwise). Its UID is the feed's, so a subscribed app keeps one copy.
 */
@Path("/api/sessions")
@Tag(name = "Calendars")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class SessionIcsResource {
    private final PersonalCalendar calendars;
    private final CurrentCaller caller;
    private final PageSupport page;

    public SessionIcsResource(PersonalCalendar calendars, CurrentCaller caller, PageSupport page) {
        this.calendars = calendars;
        this.caller = caller;
        this.page = page;
    }

    // No @Produces, as for the feed: a link clicked on a page asks for HTML and still gets the file.
    @GET
    @Path("/{id}.ics")
    @Operation(summary = "One session in the caller's scope as an iCalendar file (an attachment)")
    @APIResponse(
            responseCode = "200",
            description = "the session",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    public Response session(@PathParam("id") String id) {
        PersonalCalendar.SessionFile file = calendars.session(caller.get(), id, page.locale());
        return Response.ok(file.text(), CalendarFeedResource.MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
