package kr.axcampus.cohort;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.ModuleKind;
import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.dto.AgendaItem;
import kr.axcampus.cohort.dto.CancelSessionRequest;
import kr.axcampus.cohort.dto.GenerateSessionsRequest;
import kr.axcampus.cohort.dto.SessionAhead;
import kr.axcampus.cohort.dto.SessionChangeView;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/** The sessions of cohorts: scheduling by hand, generating from the course, and what attendance needs. */
@ApplicationScoped
public class SessionService {
    private static final int SECRET_BYTES = 20;

    private final CohortService cohorts;
    private final Access access;
    private final CatalogService catalog;
    private final UserService users;
    private final Validator validator;
    private final CentreTime time;
    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();

    public SessionService(
            CohortService cohorts,
            Access access,
            CatalogService catalog,
            UserService users,
            Validator validator,
            CentreTime time,
            EntityManager em) {
        this.cohorts = cohorts;
        this.access = access;
        this.catalog = catalog;
        this.users = users;
        this.validator = validator;
        this.time = time;
        this.em = em;
    }

    @Transactional
    public SessionView create(Caller caller, String cohortId, SessionRequest request) {
        Cohort cohort = cohorts.manageable(caller, cohortId);
        validate(request);
        CohortSession session = new CohortSession();
        session.cohortId = cohort.id;
        apply(session, request);
        session.secret = newSecret();
        session.persist();
        return view(session);
    }

    /** Moves or changes a session; the secret and every record stay, and the history keeps the move. */
    @Transactional
    public SessionView update(Caller caller, String sessionId, SessionRequest request) {
        CohortSession session = locate(caller, sessionId).session();
        cohorts.manageable(caller, session.cohortId.toString());
        validate(request);
        requireNotCancelled(session);
        Instant priorStart = session.startsAt;
        Instant priorEnd = session.endsAt;
        apply(session, request);
        if (!priorStart.equals(session.startsAt) || !priorEnd.equals(session.endsAt) || hasText(request.reason())) {
            record(caller, session, SessionEvent.Change.CHANGED, priorStart, priorEnd, request.reason());
        }
        return view(session);
    }

    /**
     * Cancels a session that has not started: it stays on the schedule, marked and with its reason,
     * and no longer counts toward anyone's scheduled hours. A session that has started is history.
     */
    @Transactional
    public SessionView cancel(Caller caller, String sessionId, CancelSessionRequest request) {
        CohortSession session = locate(caller, sessionId).session();
        cohorts.manageable(caller, session.cohortId.toString());
        if (request == null) {
            throw ProblemException.invalid("reason", "a reason is required");
        }
        ProblemException.requireValid(validator, request);
        requireNotCancelled(session);
        Instant now = Moment.now();
        if (!now.isBefore(session.startsAt)) {
            throw new ProblemException(
                    409,
                    "session-started",
                    "Session started",
                    "the session started at " + session.startsAt
                            + "; only a session that has not started can be cancelled",
                    null);
        }
        session.cancelledAt = now;
        session.cancelReason = request.reason().trim();
        record(caller, session, SessionEvent.Change.CANCELLED, null, null, session.cancelReason);
        return view(session);
    }

    /** Every move and cancellation of a session, oldest first, with the names of who made them. */
    public List<SessionChangeView> history(Caller caller, String sessionId) {
        Located found = locate(caller, sessionId);
        List<SessionEvent> events =
                SessionEvent.list("sessionId", Sort.by("createdAt").and("id"), found.session().id);
        Map<UUID, UserView> people = users.findAllInCenter(
                found.cohort().centerId,
                events.stream().map(e -> e.actorId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return events.stream()
                .map(e -> new SessionChangeView(
                        e.createdAt,
                        e.actorId == null || !people.containsKey(e.actorId)
                                ? null
                                : people.get(e.actorId).name(),
                        e.change,
                        e.startsAt,
                        e.endsAt,
                        e.priorStartsAt,
                        e.priorEndsAt,
                        e.reason))
                .toList();
    }

    /** The one answer for anything asked of a cancelled session (moving it, attendance, check-in). */
    public static ProblemException cancelled(String detail) {
        return new ProblemException(409, "session-cancelled", "Session cancelled", detail, null);
    }

    private static void requireNotCancelled(CohortSession session) {
        if (session.cancelledAt != null) {
            throw cancelled("the session was cancelled: " + session.cancelReason);
        }
    }

    private static void record(
            Caller caller,
            CohortSession session,
            SessionEvent.Change change,
            Instant priorStart,
            Instant priorEnd,
            String reason) {
        SessionEvent event = new SessionEvent();
        event.sessionId = session.id;
        event.actorId = caller.id();
        event.change = change;
        event.startsAt = session.startsAt;
        event.endsAt = session.endsAt;
        event.priorStartsAt = priorStart;
        event.priorEndsAt = priorEnd;
        event.reason = hasText(reason) ? reason.trim() : null;
        event.persist();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** One session in the caller's scope (404 otherwise). */
    public SessionView view(Caller caller, String sessionId) {
        return view(locate(caller, sessionId).session());
    }

    public List<SessionView> list(Caller caller, String cohortId) {
        Cohort cohort = cohorts.visible(caller, cohortId);
        return CohortSession.<CohortSession>list("cohortId", Sort.by("startsAt").and("id"), cohort.id).stream()
                .map(SessionService::view)
                .toList();
    }

    /**
     * Lays the course's modules out as sessions, day after day: each module becomes one or more
     * sessions of its kind, half-days of at most four hours with a lunch hour between.
     */
    @Transactional
    public List<SessionView> generate(Caller caller, String cohortId, GenerateSessionsRequest request) {
        Cohort cohort = cohorts.manageable(caller, cohortId);
        GenerateSessionsRequest plan =
                request == null ? new GenerateSessionsRequest(null, null, null, null, null) : request;
        ProblemException.requireValid(validator, plan);
        if (CohortSession.count("cohortId", cohort.id) > 0) {
            throw new ProblemException(
                    409,
                    "sessions-exist",
                    "Sessions exist",
                    "cohort " + cohort.code + " already has sessions; change them one by one",
                    null);
        }
        CourseDetail course =
                catalog.get(catalog.findCourse(cohort.courseId).orElseThrow().code());
        Set<DayOfWeek> days = new TreeSet<>();
        (plan.weekdays() == null || plan.weekdays().isEmpty() ? List.of(1, 2, 3, 4, 5) : plan.weekdays())
                .forEach(d -> days.add(DayOfWeek.of(d)));
        LocalTime dayStart = plan.dayStartsAt() == null ? LocalTime.of(9, 0) : plan.dayStartsAt();
        int perDay = plan.maxMinutesPerDay() == null ? 2 * DayPlanner.HALF_DAY_MINUTES : plan.maxMinutesPerDay();
        DayPlanner planner =
                new DayPlanner(plan.firstDay() == null ? cohort.startDate : plan.firstDay(), days, dayStart, perDay);
        List<CohortSession> created = new ArrayList<>();
        for (CourseDetail.Module module : course.modules()) {
            int left = module.plannedMinutes();
            while (left > 0) {
                DayPlanner.Block block = planner.next(left);
                CohortSession session = new CohortSession();
                session.cohortId = cohort.id;
                session.startsAt = time.instantOf(block.start());
                session.endsAt = time.instantOf(block.end());
                session.kind = kindOf(module.kind());
                session.location = plan.location();
                session.moduleCode = module.code();
                session.secret = newSecret();
                session.persist();
                created.add(session);
                left -= block.minutes();
            }
        }
        return created.stream().map(SessionService::view).toList();
    }

    /**
     * The sessions starting between two instants that are on the caller's day: every session of
     * the centre for operators, else those of the cohorts they teach or are enrolled in (not withdrawn).
     * Two queries, whatever the number of cohorts.
     */
    public List<AgendaItem> agenda(Caller caller, Instant from, Instant to) {
        String audience = access.operates(caller)
                ? ""
                : " and (:me member of c.instructorIds or c.id in (select e.cohortId from Enrollment e"
                        + " where e.userId = :me and e.status <> :withdrawn))";
        var query = em.createQuery(
                        "select s, c from CohortSession s, Cohort c where c.id = s.cohortId and c.centerId = :center"
                                + " and s.startsAt >= :from and s.startsAt < :to" + audience
                                + " order by s.startsAt, c.code",
                        Object[].class)
                .setParameter("center", caller.centerId())
                .setParameter("from", from)
                .setParameter("to", to);
        if (!audience.isEmpty()) {
            query.setParameter("me", caller.id()).setParameter("withdrawn", EnrollmentStatus.WITHDRAWN);
        }
        List<Object[]> rows = query.getResultList();
        Map<UUID, CourseRef> courses = catalog.findCourses(
                rows.stream().map(r -> ((Cohort) r[1]).courseId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    CohortSession session = (CohortSession) r[0];
                    Cohort cohort = (Cohort) r[1];
                    CourseRef course = courses.get(cohort.courseId);
                    return new AgendaItem(
                            view(session),
                            cohort.code,
                            course == null ? "" : course.title(),
                            course == null ? "" : course.titleEn(),
                            cohort.instructorIds.contains(caller.id()));
                })
                .toList();
    }

    /**
     * Every centre's sessions (not cancelled, in cohorts not cancelled) starting between two
     * instants, with their instructors and learners: unscoped, for the reminders. Three queries,
     * whatever the number of sessions.
     */
    public List<SessionAhead> startingBetween(Instant from, Instant to) {
        List<Object[]> rows = em.createQuery(
                        "select s, c from CohortSession s, Cohort c where c.id = s.cohortId and s.cancelledAt is null"
                                + " and c.status <> :cancelled and s.startsAt > :from and s.startsAt <= :to"
                                + " order by s.startsAt",
                        Object[].class)
                .setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> cohortIds = rows.stream().map(r -> ((Cohort) r[1]).id).collect(Collectors.toSet());
        Map<UUID, List<UUID>> learners = new HashMap<>();
        em.createQuery(
                        "select e.cohortId, e.userId from Enrollment e where e.cohortId in :cohorts"
                                + " and e.status <> :withdrawn order by e.userId",
                        Object[].class)
                .setParameter("cohorts", cohortIds)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .getResultList()
                .forEach(r -> learners.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add((UUID) r[1]));
        Map<UUID, CourseRef> courses = catalog.findCourses(
                rows.stream().map(r -> ((Cohort) r[1]).courseId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    CohortSession session = (CohortSession) r[0];
                    Cohort cohort = (Cohort) r[1];
                    CourseRef course = courses.get(cohort.courseId);
                    return new SessionAhead(
                            session.id,
                            cohort.id,
                            cohort.centerId,
                            cohort.code,
                            course == null ? "" : course.title(),
                            course == null ? "" : course.titleEn(),
                            session.startsAt,
                            session.endsAt,
                            session.location,
                            online(cohort, session),
                            Set.copyOf(cohort.instructorIds),
                            learners.getOrDefault(cohort.id, List.of()));
                })
                .toList();
    }

    /** Online when the cohort is delivered live online, or the session's place is a link. */
    private static boolean online(Cohort cohort, CohortSession session) {
        return cohort.mode == DeliveryMode.LIVE_ONLINE
                || (session.location != null && session.location.strip().startsWith("http"));
    }

    /** The caller's next session (not cancelled) starting after the instant, within a year. */
    public Optional<AgendaItem> next(Caller caller, Instant after) {
        List<AgendaItem> coming = agenda(caller, after, after.plus(Duration.ofDays(366)));
        return coming.stream().filter(a -> !a.session().cancelled()).findFirst();
    }

    /** The session and its cohort, for attendance; 404 unless the caller may see the cohort. */
    public SessionContext context(Caller caller, String sessionId) {
        Located found = locate(caller, sessionId);
        CohortSession session = found.session();
        Cohort cohort = found.cohort();
        return new SessionContext(
                session.id,
                cohort.id,
                cohort.centerId,
                cohort.courseId,
                cohort.code,
                session.kind,
                session.startsAt,
                session.endsAt,
                session.closedAt,
                session.cancelledAt,
                session.secret,
                Set.copyOf(cohort.instructorIds),
                List.of(cohort.allowedNetworks));
    }

    /** The ids of a cohort's sessions, for features that keep records per session. */
    public List<UUID> sessionIds(UUID cohortId) {
        return em.createQuery("select s.id from CohortSession s where s.cohortId = :cohort", UUID.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    @Transactional
    public void markClosed(UUID sessionId, Instant at) {
        CohortSession session = CohortSession.findById(sessionId);
        if (session.closedAt == null) {
            session.closedAt = at;
        }
    }

    private record Located(CohortSession session, Cohort cohort) {}

    /** A session is in scope exactly when its cohort is (the access class decides which cohorts). */
    private Located locate(Caller caller, String sessionId) {
        CohortSession session = Ids.parse(sessionId)
                .map(id -> CohortSession.<CohortSession>findById(id))
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        try {
            return new Located(session, cohorts.visible(caller, session.cohortId.toString()));
        } catch (ProblemException outOfScope) {
            throw ProblemException.notFound("session " + sessionId);
        }
    }

    private void validate(SessionRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a session is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.startsAt() != null
                && request.endsAt() != null
                && !request.endsAt().isAfter(request.startsAt())) {
            errors.add(FieldError.coded("endsAt", "date-order", "must be after startsAt"));
        } else if (request.startsAt() != null
                && request.endsAt() != null
                && Duration.between(request.startsAt(), request.endsAt()).toHours() > 12) {
            errors.add(FieldError.coded("endsAt", "invalid", "a session lasts at most 12 hours"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(CohortSession session, SessionRequest request) {
        session.startsAt = request.startsAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        session.endsAt = request.endsAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        session.kind = request.kind();
        session.location = request.location() == null || request.location().isBlank()
                ? null
                : request.location().trim();
    }

    private byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    private static SessionKind kindOf(ModuleKind kind) {
        return switch (kind) {
            case LECTURE -> SessionKind.LECTURE;
            case PRACTICUM -> SessionKind.PRACTICUM;
            case INSIGHT -> SessionKind.INSIGHT;
        };
    }

    static SessionView view(CohortSession s) {
        return new SessionView(
                s.id.toString(),
                s.cohortId.toString(),
                s.startsAt,
                s.endsAt,
                s.kind,
                s.location,
                s.moduleCode,
                s.minutes(),
                s.closedAt,
                s.cancelledAt,
                s.cancelReason);
    }
}
