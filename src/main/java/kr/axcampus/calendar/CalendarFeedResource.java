package kr.axcampus.calendar;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.Problem;

/**
 * A person's calendar feed at its secret address: no sign-in (calendar apps hold only the URL),
 * the token is the permission. Anything that is not a live feed — a token never made, one reset,
 * a deactivated person's — gets the very same 404, so the answer tells nothing about the past.
 */
@Path("/calendar")
@Tag(name = "Calendars")
public class CalendarFeedResource {
    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /** The one answer for every address that is not a live feed: no path, no token echoed. */
    private static final Problem NO_FEED =
            Problem.of("not-found", "Not found", 404, "there is no calendar at this address", null, null);

    private final PersonalCalendar calendars;

    public CalendarFeedResource(PersonalCalendar calendars) {
        this.calendars = calendars;
    }

    // No @Produces: a browser, a calendar app or a link checker may ask for anything and still
    // gets the calendar, or the one problem document.
    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Operation(
            summary = "A person's sessions, sharing events and coaching visits as iCalendar, at their secret address;"
                    + " lang=en for English fixed words (Korean otherwise); unknown or reset: 404")
    @APIResponse(
            responseCode = "200",
            description = "the feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "no live feed at this address")
    public Response feed(@PathParam("token") String token, @QueryParam("lang") String lang) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.KOREAN;
        return calendars
                .feed(token, locale)
                .map(text -> Response.ok(text, MEDIA_TYPE))
                .orElseGet(() -> Response.status(404).type(Problem.MEDIA_TYPE).entity(NO_FEED))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
