package kr.axcampus.notice;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.Recipient;
import kr.axcampus.notice.dto.MailPreferences;
import kr.axcampus.notice.dto.NoticeView;
import kr.axcampus.notice.dto.SentNotice;

/** API.md "Calendars and notices": the caller's inbox and mail preferences; the centre's defaults and sent mail. */
@Path("/api")
@Tag(name = "Notices")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class NoticeResource {
    private final Inbox inbox;
    private final NoticeSettingsService settings;
    private final SentNotices sent;
    private final UserService users;
    private final CurrentCaller caller;

    public NoticeResource(
            Inbox inbox, NoticeSettingsService settings, SentNotices sent, UserService users, CurrentCaller caller) {
        this.inbox = inbox;
        this.settings = settings;
        this.sent = sent;
        this.users = users;
        this.caller = caller;
    }

    @GET
    @Path("/me/notices")
    @Operation(summary = "The caller's inbox, newest first (unread=true: only unread), in the caller's language")
    public PageResult<NoticeView> inbox(
            @QueryParam("unread") String unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Caller me = caller.get();
        return inbox.list(me, unreadOnly(unread), PageRequest.of(page, size), english(me));
    }

    @POST
    @Path("/me/notices/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read (again is harmless)")
    public NoticeView read(@PathParam("id") String id) {
        Caller me = caller.get();
        return inbox.markRead(me, id, english(me));
    }

    @GET
    @Path("/me/notice-preferences")
    @Operation(summary = "Which notice kinds also reach the caller by mail (every kind named)")
    public MailPreferences preferences() {
        return settings.mine(caller.get());
    }

    @PUT
    @Path("/me/notice-preferences")
    @Operation(
            summary = "Choose which kinds also go by mail: {mail: {kind: true|false}}; kinds not named follow the"
                    + " centre's default")
    public MailPreferences choose(MailPreferences body) {
        return settings.choose(caller.get(), body);
    }

    @GET
    @Path("/notice-defaults")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The centre's defaults: which kinds go by mail to people who chose nothing (operators)")
    public MailPreferences centreDefaults() {
        return settings.centreDefaults(caller.get());
    }

    @PUT
    @Path("/notice-defaults")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the centre's defaults for the kinds named (operators)")
    public MailPreferences setCentreDefaults(MailPreferences body) {
        return settings.setCentreDefaults(caller.get(), body);
    }

    @GET
    @Path("/sent-notices")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "The centre's mailed notices, newest first, optionally in one mail state (operators): sent,"
                    + " kept locally, waiting, failed with the reason")
    public PageResult<SentNotice> sent(
            @QueryParam("state") String state, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        MailState wanted = state == null || state.isBlank() ? null : Enums.parse(MailState.class, state, "state");
        return sent.list(caller.get(), wanted, PageRequest.of(page, size));
    }

    static boolean unreadOnly(String unread) {
        if (unread == null || unread.isBlank() || "false".equals(unread)) {
            return false;
        }
        if ("true".equals(unread)) {
            return true;
        }
        throw ProblemException.invalid("unread", "true or false");
    }

    /** The API speaks the language the person last chose on the pages. */
    private boolean english(Caller me) {
        Recipient recipient = users.recipients(List.of(me.id())).get(me.id());
        return recipient != null && recipient.english();
    }
}
