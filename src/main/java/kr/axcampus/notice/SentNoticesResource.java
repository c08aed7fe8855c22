package kr.axcampus.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.notice.dto.SentNotice;

/** "보낸 알림" as JSON (operators): the centre's mailed notices and how each went. */
@Path("/api/sent-notices")
@Tag(name = "Notices")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class SentNoticesResource {
    private final SentNotices sent;
    private final CurrentCaller caller;

    public SentNoticesResource(SentNotices sent, CurrentCaller caller) {
        this.sent = sent;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "The centre's mailed notices, newest first, optionally in one mail state (operators): sent,"
                    + " kept locally, waiting, failed with the reason")
    public PageResult<SentNotice> list(
            @QueryParam("state") String state, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        MailState wanted = state == null || state.isBlank() ? null : Enums.parse(MailState.class, state, "state");
        return sent.list(caller.get(), wanted, PageRequest.of(page, size));
    }
}
