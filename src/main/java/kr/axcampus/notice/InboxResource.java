package kr.axcampus.notice;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.Recipient;
import kr.axcampus.notice.dto.NoticeView;

/** API.md "Calendars and notices": the caller's inbox, in the language they chose on the pages. */
@Path("/api/me/notices")
@Tag(name = "Notices")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class InboxResource {
    private final Inbox inbox;
    private final UserService users;
    private final CurrentCaller caller;

    public InboxResource(Inbox inbox, UserService users, CurrentCaller caller) {
        this.inbox = inbox;
        this.users = users;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's inbox, newest first (unread=true: only unread), in the caller's language")
    public PageResult<NoticeView> list(
            @QueryParam("unread") String unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Caller me = caller.get();
        return inbox.list(me, unreadOnly(unread), PageRequest.of(page, size), english(me));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read (again is harmless)")
    public NoticeView read(@PathParam("id") String id) {
        Caller me = caller.get();
        return inbox.markRead(me, id, english(me));
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
