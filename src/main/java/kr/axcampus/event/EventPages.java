package kr.axcampus.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.access.Access;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.event.dto.EventView;
import kr.axcampus.event.dto.RegistrationView;
import kr.axcampus.web.EventMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The sharing events of the centre for everyone signed in: the list, an event, registering and checking in. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class EventPages {
    private final EventService events;
    private final EventRegistrations registrations;
    private final EventCheckIns checkIns;
    private final Access access;
    private final CurrentCaller caller;
    private final PageSupport page;

    public EventPages(
            EventService events,
            EventRegistrations registrations,
            EventCheckIns checkIns,
            Access access,
            CurrentCaller caller,
            PageSupport page) {
        this.events = events;
        this.registrations = registrations;
        this.checkIns = checkIns;
        this.access = access;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageContext ctx, PageResult<EventView> events, boolean holds);

        static native TemplateInstance event(
                PageContext ctx,
                EventView ev,
                boolean ended,
                boolean checkInOpen,
                boolean holds,
                String code,
                String problem);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        PageResult<EventView> list = events.list(caller.get(), PageRequest.of(pageNumber, PageRequest.DEFAULT_SIZE));
        return page.render(Templates.list(page.context(), list, access.holdsEvents(caller.get())));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response event(@PathParam("id") String id, @QueryParam("code") String code) {
        return render(id, code == null ? "" : code, null, 200);
    }

    @POST
    @Path("/{id}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response register(@PathParam("id") String id) {
        EventMsg msg = page.messages(EventMsg.class);
        try {
            RegistrationView made = registrations.register(caller.get(), id).registration();
            return page.redirect(
                    "/events/" + id, made.waiting() ? msg.flash_waiting(made.position()) : msg.flash_registered());
        } catch (ProblemException e) {
            return refused(id, e);
        }
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") String id) {
        try {
            registrations.cancel(caller.get(), id);
            return page.redirect("/events/" + id, page.messages(EventMsg.class).flash_cancelled());
        } catch (ProblemException e) {
            return refused(id, e);
        }
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response checkIn(@PathParam("id") String id, @FormParam("code") String code) {
        try {
            checkIns.checkIn(caller.get(), id, code);
            return page.redirect("/events/" + id, page.messages(EventMsg.class).flash_checked_in());
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return render(id, "", e.type(), e.status());
        }
    }

    /**
     * Out of scope (or no registration to cancel, as in the API) stays the error page; anything else
     * is said on the event's page.
     */
    private Response refused(String id, ProblemException e) {
        if (e.status() == 404 || e.status() == 403) {
            throw e;
        }
        return page.redirect("/events/" + id, page.messages(EventMsg.class).problem(e.type()));
    }

    private Response render(String id, String code, String problem, int status) {
        EventView event = events.get(caller.get(), id);
        EventCheckIns.LiveState state = checkIns.liveState(caller.get(), id);
        boolean ended = !state.open() && !state.notYet();
        return page.render(
                Templates.event(
                        page.context(), event, ended, state.open(), access.holdsEvents(caller.get()), code, problem),
                status);
    }
}
