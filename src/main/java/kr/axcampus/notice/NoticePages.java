package kr.axcampus.notice;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.notice.dto.KindChoice;
import kr.axcampus.notice.dto.MailPreferences;
import kr.axcampus.notice.dto.NoticeView;
import kr.axcampus.web.Languages;
import kr.axcampus.web.NoticeMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * The inbox on pages (알림함): the caller's notices, newest first, each opening the page to act on
 * (and marking it read), and which kinds also come by mail.
 */
@Path("/notices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class NoticePages {
    private final Inbox inbox;
    private final NoticeSettingsService settings;
    private final CurrentCaller caller;
    private final PageSupport page;

    public NoticePages(Inbox inbox, NoticeSettingsService settings, CurrentCaller caller, PageSupport page) {
        this.inbox = inbox;
        this.settings = settings;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(
                PageContext ctx, PageResult<NoticeView> notices, boolean unreadOnly, List<KindChoice> choices);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("unread") String unread, @QueryParam("page") Integer pageNumber) {
        Caller me = caller.get();
        boolean unreadOnly = "1".equals(unread) || "true".equals(unread);
        return page.render(Templates.inbox(
                page.context(),
                inbox.list(me, unreadOnly, PageRequest.of(pageNumber, null), english()),
                unreadOnly,
                settings.choices(me)));
    }

    /** Marks the notice read and goes to the page it is about. */
    @GET
    @Path("/{id}/open")
    @Operation(hidden = true)
    public Response open(@PathParam("id") String id) {
        NoticeView notice = inbox.markRead(caller.get(), id, english());
        return Response.seeOther(URI.create(notice.link())).build();
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response read(@PathParam("id") String id) {
        inbox.markRead(caller.get(), id, english());
        return page.redirect("/notices", page.messages(NoticeMsg.class).marked_read());
    }

    /** The ticked kinds come by mail, the unticked do not: the form names every kind, so all become the person's own choice. */
    @POST
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response choose(MultivaluedMap<String, String> form) {
        settings.choose(caller.get(), ticked(form));
        return page.redirect("/notices", page.messages(NoticeMsg.class).prefs_saved());
    }

    /**
     * The form's kinds ({@code shown}, one hidden field per kind on the form), each by mail exactly
     * when its {@code mail} checkbox is ticked; a kind the form did not show is not named.
     */
    static MailPreferences ticked(MultivaluedMap<String, String> form) {
        List<String> ticked = form.getOrDefault("mail", List.of());
        Map<String, Boolean> mail = new LinkedHashMap<>();
        for (String kind : form.getOrDefault("shown", List.of())) {
            mail.put(kind, ticked.contains(kind));
        }
        return new MailPreferences(mail);
    }

    private boolean english() {
        return Languages.english(page.locale());
    }
}
