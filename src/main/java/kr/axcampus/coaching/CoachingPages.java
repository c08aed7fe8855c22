package kr.axcampus.coaching;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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

import kr.axcampus.access.Access;
import kr.axcampus.coaching.dto.AssignBody;
import kr.axcampus.coaching.dto.CoachingRequestBody;
import kr.axcampus.coaching.dto.CoachingSummary;
import kr.axcampus.coaching.dto.CoachingView;
import kr.axcampus.coaching.dto.RatingBody;
import kr.axcampus.coaching.dto.SummaryBody;
import kr.axcampus.coaching.dto.VisitBody;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.RoadmapService;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.web.CoachMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.Said;

/**
 * Coaching on pages: the list in each person's scope (a learner's and CEO's requests, a coach's
 * queue), the "ask for coaching" form, and a request's page with the forms its reader may use.
 */
@Path("/coaching")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CoachingPages {
    /** The code of a choice the form does not offer, as {@link Enums#parse} names it for the API. */
    private static final String UNKNOWN = "unknown-value";

    private final CoachingService coaching;
    private final CoachingBoard board;
    private final RoadmapService roadmaps;
    private final UserService users;
    private final Access access;
    private final CentreTime time;
    private final CurrentCaller caller;
    private final PageSupport page;

    public CoachingPages(
            CoachingService coaching,
            CoachingBoard board,
            RoadmapService roadmaps,
            UserService users,
            Access access,
            CentreTime time,
            CurrentCaller caller,
            PageSupport page) {
        this.coaching = coaching;
        this.board = board;
        this.roadmaps = roadmaps;
        this.users = users;
        this.access = access;
        this.time = time;
        this.caller = caller;
        this.page = page;
    }

    /** What the reader of a request's page may do there. */
    public record Rights(boolean assign, boolean coach, boolean close, boolean rate) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx, PageResult<CoachingSummary> requests, boolean mayAsk, boolean coach);

        static native TemplateInstance ask(PageContext ctx, Map<String, String> bottlenecks, Said said);

        static native TemplateInstance request(
                PageContext ctx,
                CoachingView request,
                Rights may,
                List<UserView> coaches,
                String preselect,
                String visitStart,
                Said said);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        Caller me = caller.get();
        return page.render(Templates.list(
                page.context(),
                board.list(me, null, PageRequest.of(pageNumber, null)),
                access.asksForCoaching(me),
                access.isCoach(me)));
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response askForm() {
        return renderAsk(Said.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response ask(MultivaluedMap<String, String> form) {
        try {
            List<FieldError> errors = new ArrayList<>();
            Urgency urgency =
                    FormValues.optional("urgency", form.getFirst("urgency"), errors, Urgency::valueOf, UNKNOWN);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            CoachingView created = coaching.ask(
                    caller.get(),
                    new CoachingRequestBody(
                            form.getFirst("title"),
                            form.getFirst("problem"),
                            form.getFirst("process"),
                            form.getFirst("tool"),
                            urgency,
                            form.getFirst("bottleneckId")));
            return page.redirect("/coaching/" + created.id(), msg().flash_asked());
        } catch (ProblemException e) {
            return renderAsk(Said.problem("ask", e, typed(form)), e.status() == 404 ? 400 : e.status());
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response request(@PathParam("id") String id) {
        return renderRequest(id, Said.NONE, 200);
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "assign", form, () -> {
            CoachingView done = coaching.assign(caller.get(), id, new AssignBody(form.getFirst("coachId")));
            return msg().flash_assigned(done.coachName());
        });
    }

    @POST
    @Path("/{id}/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response visit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "visit", form, () -> {
            List<FieldError> errors = new ArrayList<>();
            OffsetDateTime startsAt = FormValues.required(
                    "startsAt", form.getFirst("startsAt"), errors, this::atTheCentre, "invalid-date");
            Integer minutes =
                    FormValues.optional("minutes", form.getFirst("minutes"), errors, Integer::valueOf, "not-a-number");
            VisitMode mode = FormValues.optional("mode", form.getFirst("mode"), errors, VisitMode::valueOf, UNKNOWN);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            coaching.visit(
                    caller.get(),
                    id,
                    new VisitBody(
                            startsAt,
                            minutes,
                            mode,
                            form.getFirst("participants"),
                            form.getFirst("notes"),
                            form.getFirst("nextSteps")));
            return msg().flash_visit();
        });
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resolve(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "end", form, () -> {
            coaching.end(caller.get(), id, CoachingStatus.RESOLVED, new SummaryBody(form.getFirst("summary")));
            return msg().flash_resolved();
        });
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "end", form, () -> {
            coaching.end(caller.get(), id, CoachingStatus.CLOSED_UNRESOLVED, new SummaryBody(form.getFirst("summary")));
            return msg().flash_closed();
        });
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response rate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "rating", form, () -> {
            List<FieldError> errors = new ArrayList<>();
            Integer score =
                    FormValues.optional("score", form.getFirst("score"), errors, Integer::valueOf, "not-a-number");
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            coaching.rate(caller.get(), id, new RatingBody(score, form.getFirst("comment")));
            return msg().flash_rated();
        });
    }

    /** A change of one panel: done, back to the request with a flash; refused, the page again with what was typed. */
    private Response act(String id, String panel, MultivaluedMap<String, String> form, Change change) {
        try {
            return page.redirect("/coaching/" + id, change.apply());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return renderRequest(id, Said.problem(panel, e, typed(form)), e.status());
        }
    }

    private interface Change {
        String apply();
    }

    private Response renderRequest(String id, Said said, int status) {
        Caller me = caller.get();
        CoachingRequest entity = coaching.visible(me, id);
        CoachingView view = coaching.view(me, entity);
        boolean ended = entity.status.ended();
        Rights may = new Rights(
                access.operates(me) && !ended,
                access.coaches(me, entity) && !ended,
                access.operates(me) && !ended,
                access.asked(me, entity) && ended && entity.ratedAt == null);
        List<UserView> coaches = may.assign() ? users.withRole(me.centerId(), Role.INSTRUCTOR) : List.of();
        String visitStart = said.on("visit")
                ? said.typed("startsAt")
                : LocalDateTime.now(time.zone()).withSecond(0).withNano(0).toString();
        String preselect = view.coachId() != null ? view.coachId() : view.suggestedCoachId();
        return page.render(Templates.request(page.context(), view, may, coaches, preselect, visitStart, said), status);
    }

    private Response renderAsk(Said said, int status) {
        Caller me = caller.get();
        if (!access.asksForCoaching(me)) {
            throw Access.forbidden("coaching is asked for by the learners and CEOs of partner companies");
        }
        Map<String, String> bottlenecks = new LinkedHashMap<>();
        roadmaps.agreedBottlenecks(me.centerId(), me.companyId())
                .forEach((bottleneckId, process) -> bottlenecks.put(bottleneckId.toString(), process));
        return page.render(Templates.ask(page.context(), bottlenecks, said), status);
    }

    /** A {@code datetime-local} value is a wall-clock time at the centre. */
    private OffsetDateTime atTheCentre(String value) {
        return LocalDateTime.parse(value).atZone(time.zone()).toOffsetDateTime();
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, values) -> typed.put(key, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    private CoachMsg msg() {
        return page.messages(CoachMsg.class);
    }
}
