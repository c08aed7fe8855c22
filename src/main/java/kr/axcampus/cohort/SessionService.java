package kr.axcampus.cohort;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.ModuleKind;
import kr.axcampus.catalog.dto.CourseDetail;
import kr.axcampus.cohort.dto.GenerateSessionsRequest;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.SqlValues;

/** The sessions of cohorts: scheduling by hand, generating from the course, and what attendance needs. */
@ApplicationScoped
public class SessionService {
    static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Seoul");
    private static final int SECRET_BYTES = 20;
    private static final int HALF_DAY_MINUTES = 240;

    private final CohortService cohorts;
    private final CatalogService catalog;
    private final Validator validator;
    private final jakarta.persistence.EntityManager em;
    private final SecureRandom random = new SecureRandom();

    public SessionService(
            CohortService cohorts, CatalogService catalog, Validator validator, jakarta.persistence.EntityManager em) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.validator = validator;
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

    /** Moves or changes a session; the secret and every record stay. */
    @Transactional
    public SessionView update(Caller caller, String sessionId, SessionRequest request) {
        CohortSession session = session(sessionId, caller);
        cohorts.manageable(caller, session.cohortId.toString());
        validate(request);
        apply(session, request);
        return view(session);
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
        List<FieldError> errors = FieldError.of(validator.validate(plan));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
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
        int perDay = plan.maxMinutesPerDay() == null ? 2 * HALF_DAY_MINUTES : plan.maxMinutesPerDay();
        DayPlanner planner =
                new DayPlanner(plan.firstDay() == null ? cohort.startDate : plan.firstDay(), days, dayStart, perDay);
        List<CohortSession> created = new ArrayList<>();
        for (CourseDetail.Module module : course.modules()) {
            int left = module.plannedMinutes();
            while (left > 0) {
                DayPlanner.Block block = planner.next(left);
                CohortSession session = new CohortSession();
                session.cohortId = cohort.id;
                session.startsAt = block.start().atZone(CENTRE_ZONE).toInstant();
                session.endsAt = block.end().atZone(CENTRE_ZONE).toInstant();
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

    /** The session and its cohort, for attendance; 404 outside the caller's centre. */
    public SessionContext context(Caller caller, String sessionId) {
        CohortSession session = session(sessionId, caller);
        Cohort cohort = Cohort.findById(session.cohortId);
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
                session.secret,
                Set.copyOf(cohort.instructorIds),
                List.of(cohort.allowedNetworks));
    }

    /** What a self check-in needs, in one query: the session, its cohort's allow-list, the caller's enrolment. */
    public CheckInTarget checkInTarget(Caller caller, String sessionId) {
        UUID id = Ids.parse(sessionId).orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        List<?> rows = em.createNativeQuery("""
                SELECT s.starts_at, s.ends_at, s.secret, c.code, c.allowed_networks,
                       EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.user_id = ?3
                               AND e.status <> 'WITHDRAWN') AS enrolled
                FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id
                WHERE s.id = ?1 AND c.center_id = ?2""", jakarta.persistence.Tuple.class)
                .setParameter(1, id)
                .setParameter(2, caller.centerId())
                .setParameter(3, caller.id())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("session " + sessionId);
        }
        jakarta.persistence.Tuple row = (jakarta.persistence.Tuple) rows.get(0);
        Object networks = row.get(4);
        List<String> allowed = networks instanceof String[] array
                ? List.of(array)
                : networks instanceof java.sql.Array sql ? arrayOf(sql) : List.of();
        return new CheckInTarget(
                id,
                SqlValues.instant(row.get(0)),
                SqlValues.instant(row.get(1)),
                (byte[]) row.get(2),
                (String) row.get(3),
                allowed,
                Boolean.TRUE.equals(row.get(5)));
    }

    private static List<String> arrayOf(java.sql.Array array) {
        try {
            return List.of((String[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void markClosed(UUID sessionId, Instant at) {
        CohortSession session = CohortSession.findById(sessionId);
        if (session.closedAt == null) {
            session.closedAt = at;
        }
    }

    private CohortSession session(String sessionId, Caller caller) {
        return Ids.parse(sessionId)
                .map(id -> CohortSession.<CohortSession>findById(id))
                .filter(s -> Cohort.<Cohort>findByIdOptional(s.cohortId)
                        .map(c -> c.centerId.equals(caller.centerId()))
                        .orElse(false))
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
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
                && java.time.Duration.between(request.startsAt(), request.endsAt())
                                .toHours()
                        > 12) {
            errors.add(FieldError.coded("endsAt", "invalid", "a session lasts at most 12 hours"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(CohortSession session, SessionRequest request) {
        session.startsAt = request.startsAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        session.endsAt = request.endsAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
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
                s.closedAt);
    }

    /** Hands out half-day blocks on teaching days: morning from the day's start, afternoon after lunch. */
    static final class DayPlanner {
        record Block(java.time.LocalDateTime start, java.time.LocalDateTime end, int minutes) {}

        private final Set<DayOfWeek> days;
        private final LocalTime dayStart;
        private final int perDay;
        private LocalDate day;
        private int usedToday;

        DayPlanner(LocalDate first, Set<DayOfWeek> days, LocalTime dayStart, int perDay) {
            this.days = days;
            this.dayStart = dayStart;
            this.perDay = perDay;
            this.day = first;
            while (!days.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
        }

        Block next(int wanted) {
            if (usedToday >= perDay) {
                day = day.plusDays(1);
                while (!days.contains(day.getDayOfWeek())) {
                    day = day.plusDays(1);
                }
                usedToday = 0;
            }
            int halfLeft = HALF_DAY_MINUTES - usedToday % HALF_DAY_MINUTES;
            int minutes = Math.min(wanted, Math.min(halfLeft, perDay - usedToday));
            int lunches = usedToday / HALF_DAY_MINUTES;
            java.time.LocalDateTime start = day.atTime(dayStart).plusMinutes(usedToday + 60L * lunches);
            usedToday += minutes;
            return new Block(start, start.plusMinutes(minutes), minutes);
        }
    }
}
