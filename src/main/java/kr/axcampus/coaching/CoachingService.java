package kr.axcampus.coaching;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.coaching.dto.AssignBody;
import kr.axcampus.coaching.dto.CoachingRequestBody;
import kr.axcampus.coaching.dto.CoachingView;
import kr.axcampus.coaching.dto.RatingBody;
import kr.axcampus.coaching.dto.SummaryBody;
import kr.axcampus.coaching.dto.VisitBody;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.diagnosis.RoadmapService;
import kr.axcampus.identity.UserService;
import kr.axcampus.organization.CompanyService;

/**
 * Coaching after training: a learner or CEO asks, an operator assigns a coach (by default the
 * requester's last cohort instructor), the coach records visits and resolves or closes, the
 * requester rates once. Every change is kept with who, when and why (coaching_event).
 */
@ApplicationScoped
public class CoachingService {
    private final CoachingViews views;
    private final CohortService cohorts;
    private final RoadmapService roadmaps;
    private final UserService users;
    private final CompanyService companies;
    private final Access access;
    private final PersonalDataReads reads;
    private final Validator validator;
    private final EntityManager em;
    private final Event<CoachingChanged> changed;

    public CoachingService(
            CoachingViews views,
            CohortService cohorts,
            RoadmapService roadmaps,
            UserService users,
            CompanyService companies,
            Access access,
            PersonalDataReads reads,
            Validator validator,
            EntityManager em,
            Event<CoachingChanged> changed) {
        this.changed = changed;
        this.views = views;
        this.cohorts = cohorts;
        this.roadmaps = roadmaps;
        this.users = users;
        this.companies = companies;
        this.access = access;
        this.reads = reads;
        this.validator = validator;
        this.em = em;
    }

    @Transactional
    public CoachingView ask(Caller caller, CoachingRequestBody body) {
        if (!access.asksForCoaching(caller)) {
            throw Access.forbidden("coaching is asked for by the learners and CEOs of partner companies");
        }
        validate(body, "title, problem and urgency are required");
        if (companies.findInCenter(caller.centerId(), caller.companyId()).isEmpty()) {
            throw Access.forbidden("your company is not a partner company of this centre");
        }
        UUID bottleneck = null;
        if (body.bottleneckId() != null && !body.bottleneckId().isBlank()) {
            bottleneck = Ids.parse(body.bottleneckId())
                    .filter(id -> roadmaps.agreedBottlenecks(caller.centerId(), caller.companyId())
                            .containsKey(id))
                    .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                            "bottleneckId",
                            "unknown-bottleneck",
                            "not a bottleneck of a signed-off diagnosis of your company"))));
        }
        CoachingRequest request = new CoachingRequest();
        request.centerId = caller.centerId();
        request.companyId = caller.companyId();
        request.requesterId = caller.id();
        request.title = body.title().strip();
        request.problem = body.problem().strip();
        request.process = blankToNull(body.process());
        request.tool = blankToNull(body.tool());
        request.urgency = body.urgency();
        request.bottleneckId = bottleneck;
        request.status = CoachingStatus.NEW;
        request.persist();
        record(request, caller, "ASKED", null, CoachingStatus.NEW, null);
        return views.of(caller, request);
    }

    /** The request; a read of someone else's request (by the coach, the CEO, an operator) goes to the access log. */
    public CoachingView get(Caller caller, String id) {
        return view(caller, visible(caller, id));
    }

    /** The view of a request already loaded for the caller, its read logged as {@link #get} does. */
    CoachingView view(Caller caller, CoachingRequest request) {
        reads.record(caller, ReadKind.COACHING, request.id, List.of(request.requesterId));
        return views.of(caller, request);
    }

    /** An operator assigns (or re-assigns) a coach; without one, the requester's last cohort instructor. */
    @Transactional
    public CoachingView assign(Caller caller, String id, AssignBody body) {
        CoachingRequest request = changing(caller, id);
        if (!access.operates(caller)) {
            throw Access.forbidden("a coach is assigned by the centre's operators");
        }
        requireNext(request, CoachingStatus.ASSIGNED, request.status == CoachingStatus.SCHEDULED);
        UUID coach = coachOf(caller, request, body == null ? null : body.coachId());
        CoachingStatus from = request.status;
        request.coachId = coach;
        if (request.status == CoachingStatus.NEW) {
            request.status = CoachingStatus.ASSIGNED;
            request.firstResponseAt = Moment.now();
        }
        tell(
                request,
                record(request, caller, "ASSIGNED", from, request.status, views.nameOf(caller.centerId(), coach)));
        return views.of(caller, request);
    }

    /** The coach records a visit; the first one schedules an assigned request. */
    @Transactional
    public CoachingView.Visit visit(Caller caller, String id, VisitBody body) {
        CoachingRequest request = changing(caller, id);
        requireCoach(caller, request);
        validate(body, "startsAt, minutes and mode are required");
        requireNext(request, CoachingStatus.SCHEDULED, request.status == CoachingStatus.ASSIGNED);
        CoachingVisit visit = new CoachingVisit();
        visit.requestId = request.id;
        visit.coachId = caller.id();
        visit.startsAt = body.startsAt().toInstant();
        visit.minutes = body.minutes();
        visit.mode = body.mode();
        visit.participants = blankToNull(body.participants());
        visit.notes = blankToNull(body.notes());
        visit.nextSteps = blankToNull(body.nextSteps());
        visit.persist();
        CoachingStatus from = request.status;
        request.status = CoachingStatus.SCHEDULED;
        CoachingEvent recorded = record(
                request, caller, "VISIT_RECORDED", from, request.status, body.mode() + " · " + body.minutes() + "m");
        if (from != request.status) {
            tell(request, recorded);
        }
        return views.visit(caller.centerId(), visit);
    }

    /** The coach ends the request: resolved, or closed unresolved (an operator may close too, e.g. a new one). */
    @Transactional
    public CoachingView end(Caller caller, String id, CoachingStatus to, SummaryBody body) {
        CoachingRequest request = changing(caller, id);
        boolean operatorClosing = to == CoachingStatus.CLOSED_UNRESOLVED && access.operates(caller);
        if (!operatorClosing) {
            requireCoach(caller, request);
        }
        validate(body, "summary is required");
        requireNext(request, to, false);
        CoachingStatus from = request.status;
        request.status = to;
        request.summary = body.summary().strip();
        request.endedAt = Moment.now();
        if (request.firstResponseAt == null) {
            request.firstResponseAt = request.endedAt;
        }
        tell(
                request,
                record(
                        request,
                        caller,
                        to == CoachingStatus.RESOLVED ? "RESOLVED" : "CLOSED",
                        from,
                        to,
                        request.summary));
        return views.of(caller, request);
    }

    /** The requester rates the outcome once, after the request ended. */
    @Transactional
    public CoachingView rate(Caller caller, String id, RatingBody body) {
        CoachingRequest request = changing(caller, id);
        if (!access.asked(caller, request)) {
            throw Access.forbidden("the outcome is rated by the person who asked");
        }
        validate(body, "score is required");
        if (!request.status.ended()) {
            throw ProblemException.conflict(
                    "not-ended",
                    "a request is rated once it is RESOLVED or CLOSED_UNRESOLVED; it is " + request.status,
                    null);
        }
        if (request.ratedAt != null) {
            throw ProblemException.conflict("already-rated", "this request was rated already", "score");
        }
        request.ratingScore = body.score().shortValue();
        request.ratingComment = blankToNull(body.comment());
        request.ratedAt = Moment.now();
        record(request, caller, "RATED", request.status, request.status, String.valueOf(body.score()));
        return views.of(caller, request);
    }

    /** The request if the caller may see it (404 otherwise). */
    CoachingRequest visible(Caller caller, String id) {
        return Ids.parse(id)
                .flatMap(uuid -> CoachingRequest.<CoachingRequest>findByIdOptional(uuid))
                .filter(r -> access.seesCoaching(caller, r))
                .orElseThrow(() -> ProblemException.notFound("coaching request " + id));
    }

    private CoachingRequest changing(Caller caller, String id) {
        CoachingRequest request = visible(caller, id);
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        return request;
    }

    private void requireCoach(Caller caller, CoachingRequest request) {
        if (!access.coaches(caller, request)) {
            throw Access.forbidden("only the coach assigned to this request may do this");
        }
    }

    /** 409 naming the allowed next states unless {@code to} may follow (or the status stays, when {@code staying}). */
    private static void requireNext(CoachingRequest request, CoachingStatus to, boolean staying) {
        if (!staying && !request.status.next().contains(to)) {
            throw ProblemException.illegalTransition(
                    "a " + request.status + " coaching request cannot become " + to,
                    request.status.next().stream().map(Enum::name).toList());
        }
    }

    private UUID coachOf(Caller caller, CoachingRequest request, String coachId) {
        if (coachId == null || coachId.isBlank()) {
            return cohorts.lastInstructorOf(caller.centerId(), request.requesterId)
                    .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                            "coachId",
                            "required",
                            "the requester has no cohort instructor to default to; name a coach"))));
        }
        return Ids.parse(coachId)
                .flatMap(uuid -> users.findInCenter(caller.centerId(), uuid))
                .filter(u -> u.active() && access.mayCoach(u.roles()))
                .map(u -> UUID.fromString(u.id()))
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                        "coachId", "not-a-coach", "the coach must be an active instructor of the centre"))));
    }

    private void validate(Object body, String whatIsRequired) {
        if (body == null) {
            throw ProblemException.invalid("body", whatIsRequired);
        }
        ProblemException.requireValid(validator, body);
    }

    /** The asker (and the coach) hear of the change in the same commit as the change. */
    private void tell(CoachingRequest request, CoachingEvent event) {
        changed.fire(new CoachingChanged(
                request.centerId,
                request.id,
                event.id,
                request.title,
                request.requesterId,
                request.coachId,
                request.status));
    }

    private static CoachingEvent record(
            CoachingRequest request,
            Caller caller,
            String action,
            CoachingStatus from,
            CoachingStatus to,
            String detail) {
        CoachingEvent event = new CoachingEvent();
        event.requestId = request.id;
        event.actorId = caller == null ? null : caller.id();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        event.persist();
        return event;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
