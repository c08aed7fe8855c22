package kr.axcampus.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.event.dto.EventForm;
import kr.axcampus.event.dto.EventView;
import kr.axcampus.web.EventMsg;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The operators' side of sharing events: holding one, and the live check-in screen. */
@Path("/admin/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class EventAdminPages {
    private final EventService events;
    private final EventCheckIns checkIns;
    private final CentreTime time;
    private final CurrentCaller caller;
    private final PageSupport page;

    public EventAdminPages(
            EventService events, EventCheckIns checkIns, CentreTime time, CurrentCaller caller, PageSupport page) {
        this.events = events;
        this.checkIns = checkIns;
        this.time = time;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate(basePath = "EventPages")
    static class Templates {
        static native TemplateInstance admin(
                PageContext ctx, PageResult<EventView> events, EventForm form, FormErrors errors);

        static native TemplateInstance live(PageContext ctx, EventView ev, EventCheckIns.LiveState state);
    }

    @GET
    @Operation(hidden = true)
    public Response overview() {
        return render(new EventForm(), FormErrors.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam EventForm form) {
        try {
            EventView created = events.create(caller.get(), form.toRequest(time.zone()));
            return page.redirect(
                    "/events/" + created.id(), page.messages(EventMsg.class).flash_created(created.title()));
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return render(form, FormErrors.of(e), 400);
        }
    }

    @GET
    @Path("/{id}/live")
    @Operation(hidden = true)
    public Response live(@PathParam("id") String id) {
        return page.render(
                Templates.live(page.context(), events.get(caller.get(), id), checkIns.liveState(caller.get(), id)));
    }

    private Response render(EventForm form, FormErrors errors, int status) {
        PageResult<EventView> list = events.list(caller.get(), PageRequest.of(0, PageRequest.MAX_SIZE));
        return page.render(Templates.admin(page.context(), list, form, errors), status);
    }
}
