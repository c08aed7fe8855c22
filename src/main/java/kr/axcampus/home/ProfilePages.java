package kr.axcampus.home;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.calendar.CalendarFeeds;
import kr.axcampus.calendar.FeedAddress;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.notice.NoticeSettingsService;
import kr.axcampus.notice.dto.KindChoice;
import kr.axcampus.web.CalMsg;
import kr.axcampus.web.Languages;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * The signed-in person's own page (내 정보): who they are, and their calendar feed (일정 구독) with
 * its secret address to subscribe to and a way to replace it. Notice preferences join it later.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ProfilePages {
    private final PageSupport page;
    private final CurrentCaller caller;
    private final UserService users;
    private final CalendarFeeds feeds;
    private final NoticeSettingsService notices;

    public ProfilePages(
            PageSupport page,
            CurrentCaller caller,
            UserService users,
            CalendarFeeds feeds,
            NoticeSettingsService notices) {
        this.notices = notices;
        this.page = page;
        this.caller = caller;
        this.users = users;
        this.feeds = feeds;
    }

    /** The feed's address three ways: to copy, to subscribe with ({@code webcal://}), to open. */
    public record Feed(String url, String webcal) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(PageContext ctx, UserView user, Feed feed, List<KindChoice> mail);
    }

    @GET
    @Operation(hidden = true)
    public Response me(@Context UriInfo uri) {
        Caller me = caller.get();
        // The address carries the page's language, so the fixed words of the feed match it.
        String url = FeedAddress.of(uri, feeds.tokenOf(me.id()), Languages.english(page.locale()));
        return page.render(Templates.me(
                page.context(),
                users.findById(me.id()).orElseThrow(),
                new Feed(url, FeedAddress.webcal(url)),
                notices.choices(me)));
    }

    @POST
    @Path("/calendar/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resetCalendar() {
        feeds.reset(caller.get().id());
        return page.redirect("/me#calendar", page.messages(CalMsg.class).flash_reset());
    }
}
