package kr.axcampus.notice;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.notice.dto.KindChoice;
import kr.axcampus.notice.dto.SentNotice;
import kr.axcampus.web.NoticeMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * "보낸 알림" for operators: every mail copy of the centre with its state (in the embedded default,
 * the mail kept locally instead of sent, so the demo shows what would go out), failures with their
 * reason, and the centre's mail defaults.
 */
@Path("/admin/notices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class OutboxPages {
    private final SentNotices sent;
    private final NoticeSettingsService settings;
    private final CurrentCaller caller;
    private final PageSupport page;

    public OutboxPages(SentNotices sent, NoticeSettingsService settings, CurrentCaller caller, PageSupport page) {
        this.sent = sent;
        this.settings = settings;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outbox(
                PageContext ctx,
                PageResult<SentNotice> notices,
                String state,
                String query,
                List<String> states,
                List<KindChoice> defaults);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("state") String state, @QueryParam("page") Integer pageNumber) {
        Caller me = caller.get();
        MailState wanted = state == null || state.isBlank() ? null : Enums.parse(MailState.class, state, "state");
        return page.render(Templates.outbox(
                page.context(),
                sent.list(me, wanted, PageRequest.of(pageNumber, null)),
                wanted == null ? "" : wanted.name(),
                wanted == null ? "" : "state=" + wanted.name() + "&",
                Arrays.stream(MailState.values())
                        .filter(s -> s != MailState.NONE)
                        .map(Enum::name)
                        .toList(),
                NoticeSettingsService.choices(settings.centreDefaults(me))));
    }

    @POST
    @Path("/defaults")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response setDefaults(MultivaluedMap<String, String> form) {
        settings.setCentreDefaults(caller.get(), NoticePages.ticked(form));
        return page.redirect("/admin/notices", page.messages(NoticeMsg.class).defaults_saved());
    }
}
