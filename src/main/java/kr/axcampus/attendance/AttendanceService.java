package kr.axcampus.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;

import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.attendance.dto.HistoryEntry;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.cohort.CheckInTarget;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionContext;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Cidr;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Attendance: self check-in and check-out with the rotating code, roll call and
 * corrections by the cohort's instructors, and every change kept as an event.
 */
@ApplicationScoped
public class AttendanceService {
    private final SessionService sessions;
    private final CohortService cohorts;
    private final UserService users;
    private final AttendanceRules rules;
    private final Validator validator;
    private final EntityManager em;

    public AttendanceService(
            SessionService sessions,
            CohortService cohorts,
            UserService users,
            AttendanceRules rules,
            Validator validator,
            EntityManager em) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.users = users;
        this.rules = rules;
        this.validator = validator;
        this.em = em;
    }

    /** The code to show now; for the cohort's instructors and operators. */
    public CheckInCodeView code(Caller caller, String sessionId, String baseUrl) {
        SessionContext session = managed(caller, sessionId);
        Instant now = Instant.now();
        String code = CheckInCodes.current(session.secret(), now);
        return new CheckInCodeView(
                code, CheckInCodes.validUntil(now), baseUrl + "/check-in/" + session.sessionId() + "?code=" + code);
    }

    /**
     * Self check-in. Repeating it, even concurrently, answers the one record the first made.
     * The hot path of a check-in storm: one query to check, one statement to write the record
     * and its event, and a read only when another request won the race.
     */
    @Transactional
    public RecordView checkIn(
            Caller caller, String sessionId, String code, CheckInMethod method, String clientAddress) {
        CheckInTarget session = sessions.checkInTarget(caller, sessionId);
        if (!session.enrolled()) {
            throw notEnrolled(session.cohortCode());
        }
        Instant now = Instant.now();
        Instant opens = session.startsAt().minus(rules.checkInOpensBefore());
        if (now.isBefore(opens) || now.isAfter(session.endsAt())) {
            throw closed("check-in", opens, session.endsAt(), now);
        }
        requireNetwork(session.allowedNetworks(), clientAddress);
        requireCode(session.secret(), code, now);
        AttendanceStatus status = now.isAfter(session.startsAt().plus(rules.lateAfter()))
                ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        List<?> inserted = em.createNativeQuery("""
                WITH ins AS (
                    INSERT INTO attendance_record (id, session_id, user_id, status, check_in_at, method,
                                                   credited_minutes, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?5, ?5)
                    ON CONFLICT (session_id, user_id) DO NOTHING
                    RETURNING id),
                event AS (
                    INSERT INTO attendance_event (id, session_id, user_id, actor_id, at, kind, after)
                    SELECT ?7, ?2, ?3, ?3, ?5, 'CHECK_IN',
                           jsonb_build_object('status', CAST(?4 AS text), 'checkInAt', CAST(?8 AS text),
                                              'checkOutAt', NULL, 'creditedMinutes', 0, 'method', CAST(?6 AS text))
                    FROM ins)
                SELECT id FROM ins""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, session.sessionId())
                .setParameter(3, caller.id())
                .setParameter(4, status.name())
                .setParameter(5, now)
                .setParameter(6, method.name())
                .setParameter(7, UUID.randomUUID())
                .setParameter(8, now.toString())
                .getResultList();
        if (!inserted.isEmpty()) {
            return new RecordView(
                    session.sessionId().toString(), caller.id().toString(), null, status, now, null, 0, method);
        }
        return view(record(session.sessionId(), caller.id()), null);
    }

    /** Self check-out: credits the overlap with the session; repeating it changes nothing. */
    @Transactional
    public RecordView checkOut(Caller caller, String sessionId, String code, String clientAddress) {
        SessionContext session = sessions.context(caller, sessionId);
        requireEnrolled(caller, session);
        Instant now = Instant.now();
        Instant opens = session.startsAt().minus(rules.checkInOpensBefore());
        Instant closes = session.endsAt().plus(rules.checkOutClosesAfter());
        if (now.isBefore(opens) || now.isAfter(closes)) {
            throw closed("check-out", opens, closes, now);
        }
        requireNetwork(session.allowedNetworks(), clientAddress);
        requireCode(session.secret(), code, now);
        AttendanceRecord record = lockedRecord(session.sessionId(), caller.id());
        if (record == null || record.checkInAt == null) {
            throw new ProblemException(
                    409, "not-checked-in", "Not checked in", "check in to this session before checking out", null);
        }
        if (record.checkOutAt == null) {
            RecordState before = record.state();
            record.checkOutAt = now;
            if (now.isBefore(session.endsAt().minus(rules.leftEarlyBefore())) && record.status.attended()) {
                record.status = AttendanceStatus.LEFT_EARLY;
            }
            record.creditedMinutes = credited(record, session);
            AttendanceEvent.append(
                    session.sessionId(),
                    caller.id(),
                    caller.id(),
                    AttendanceEvent.Kind.CHECK_OUT,
                    before,
                    record.state(),
                    null);
        }
        return view(record, null);
    }

    /**
     * The instructor closes the session: learners who checked in and did not check out
     * are credited up to the session's end (the auto-check-out policy).
     */
    @Transactional
    public List<RecordView> close(Caller caller, String sessionId) {
        SessionContext session = managed(caller, sessionId);
        Instant now = Instant.now();
        if (now.isBefore(session.startsAt())) {
            throw new ProblemException(
                    409,
                    "session-not-started",
                    "Session not started",
                    "a session can be closed once it has started",
                    null);
        }
        if (session.closedAt() == null) {
            sessions.markClosed(session.sessionId(), now);
            SessionContext closed = sessions.context(caller, sessionId);
            for (AttendanceRecord record : AttendanceRecord.<AttendanceRecord>list(
                    "sessionId = ?1 and checkInAt is not null and checkOutAt is null", session.sessionId())) {
                RecordState before = record.state();
                record.creditedMinutes = credited(record, closed);
                AttendanceEvent.append(
                        session.sessionId(),
                        record.userId,
                        caller.id(),
                        AttendanceEvent.Kind.SESSION_CLOSED,
                        before,
                        record.state(),
                        "session closed: credited up to its end");
            }
        }
        return list(caller, sessionId);
    }

    /** Every enrolled learner's record (or none yet); a CEO sees their own employees. */
    public List<RecordView> list(Caller caller, String sessionId) {
        SessionContext session = sessions.context(caller, sessionId);
        boolean staff = caller.isAdmin() || session.taughtBy(caller.id());
        boolean ceo = caller.has(Role.CEO) && caller.companyId() != null;
        if (!staff && !ceo) {
            throw forbidden("the attendance of a session is for its cohort's instructors and operators");
        }
        List<EnrollmentView> enrolled = cohorts.enrollmentsOf(session.cohortId(), session.centerId()).stream()
                .filter(e -> staff || caller.companyId().toString().equals(e.companyId()))
                .toList();
        if (!staff && enrolled.isEmpty()) {
            throw ProblemException.notFound("session " + sessionId);
        }
        Map<UUID, AttendanceRecord> records = new HashMap<>();
        AttendanceRecord.<AttendanceRecord>list("sessionId", session.sessionId())
                .forEach(r -> records.put(r.userId, r));
        List<RecordView> views = new ArrayList<>();
        for (EnrollmentView e : enrolled) {
            AttendanceRecord record = records.get(UUID.fromString(e.userId()));
            views.add(
                    record == null
                            ? new RecordView(
                                    session.sessionId().toString(), e.userId(), e.name(), null, null, null, 0, null)
                            : view(record, e.name()));
        }
        return views;
    }

    /** Every record of the cohort's sessions, for sheets; the caller's right to the cohort is checked by them. */
    public List<RecordView> recordsOfCohort(UUID cohortId) {
        return AttendanceRecord.<AttendanceRecord>find(
                        "sessionId in (select s.id from CohortSession s where s.cohortId = ?1)", cohortId)
                .list()
                .stream()
                .map(r -> view(r, null))
                .toList();
    }

    /** Roll call or correction. Changing an existing record needs a reason; every change is an event. */
    @Transactional
    public RecordView rollCall(Caller caller, String sessionId, String userId, RollCallRequest request) {
        SessionContext session = managed(caller, sessionId);
        UUID learner = enrolledLearner(session, userId);
        if (request == null) {
            throw ProblemException.invalid("body", "status is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return apply(
                caller,
                session,
                learner,
                request.status(),
                request.checkInAt(),
                request.checkOutAt(),
                request.reason(),
                AttendanceEvent.Kind.CORRECTION);
    }

    /** Applies a status with optional times, as roll call, correction or an accepted request. */
    RecordView apply(
            Caller caller,
            SessionContext session,
            UUID learner,
            AttendanceStatus status,
            OffsetDateTime checkInAt,
            OffsetDateTime checkOutAt,
            String reason,
            AttendanceEvent.Kind changeKind) {
        Instant in = checkInAt == null ? null : checkInAt.toInstant();
        Instant out = checkOutAt == null ? null : checkOutAt.toInstant();
        if (in != null && out != null && out.isBefore(in)) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("checkOutAt", "date-order", "must not be before checkInAt")));
        }
        AttendanceRecord record = lockedRecord(session.sessionId(), learner);
        boolean changing = record != null;
        if (changing && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid(List.of(
                    FieldError.coded("reason", "required", "a reason is required to change an existing record")));
        }
        RecordState before = changing ? record.state() : null;
        if (record == null) {
            record = new AttendanceRecord();
            record.sessionId = session.sessionId();
            record.userId = learner;
            record.method = CheckInMethod.ROLL_CALL;
        }
        record.status = status;
        if (status.attended()) {
            record.checkInAt = in == null ? session.startsAt() : in;
            record.checkOutAt = out == null ? session.endsAt() : out;
        } else {
            record.checkInAt = null;
            record.checkOutAt = null;
        }
        record.creditedMinutes = credited(record, session);
        if (!record.isPersistent()) {
            record.persist();
        }
        AttendanceEvent.append(
                session.sessionId(),
                learner,
                caller.id(),
                changing ? changeKind : AttendanceEvent.Kind.ROLL_CALL,
                before,
                record.state(),
                reason == null || reason.isBlank() ? null : reason.trim());
        return view(record, null);
    }

    /** Every event of one learner's record, oldest first: the cohort's instructors, operators, the learner. */
    public List<HistoryEntry> history(Caller caller, String sessionId, String userId) {
        SessionContext session = sessions.context(caller, sessionId);
        UUID learner = Ids.parse(userId).orElseThrow(() -> ProblemException.notFound("learner " + userId));
        boolean allowed = caller.isAdmin() || session.taughtBy(caller.id()) || learner.equals(caller.id());
        if (!allowed) {
            throw ProblemException.notFound("attendance of " + userId);
        }
        List<AttendanceEvent> events = AttendanceEvent.list(
                "sessionId = ?1 and userId = ?2", Sort.by("at").and("id"), session.sessionId(), learner);
        Map<UUID, UserView> actors = users.findAllInCenter(
                caller.centerId(),
                events.stream().map(e -> e.actorId).filter(id -> id != null).toList());
        return events.stream()
                .map(e -> new HistoryEntry(
                        e.at,
                        e.actorId == null
                                ? null
                                : new HistoryEntry.Actor(
                                        e.actorId.toString(),
                                        actors.containsKey(e.actorId)
                                                ? actors.get(e.actorId).name()
                                                : null),
                        new HistoryEntry.Change(e.kind.name(), e.before, e.after),
                        e.reason))
                .toList();
    }

    /** Whole minutes of [check-in, check-out] inside the session; no check-out counts only once closed. */
    static int credited(AttendanceRecord record, SessionContext session) {
        if (record.checkInAt == null || !record.status.attended()) {
            return 0;
        }
        Instant end =
                record.checkOutAt != null ? record.checkOutAt : session.closedAt() != null ? session.endsAt() : null;
        if (end == null) {
            return 0;
        }
        Instant from = record.checkInAt.isAfter(session.startsAt()) ? record.checkInAt : session.startsAt();
        Instant to = end.isBefore(session.endsAt()) ? end : session.endsAt();
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    SessionContext managed(Caller caller, String sessionId) {
        SessionContext session = sessions.context(caller, sessionId);
        if (!caller.isAdmin() && !session.taughtBy(caller.id())) {
            if (cohorts.isEnrolledIn(session.cohortId(), caller.id())) {
                throw forbidden("only the cohort's instructors and operators may do this");
            }
            throw ProblemException.notFound("session " + sessionId);
        }
        return session;
    }

    UUID enrolledLearner(SessionContext session, String userId) {
        return Ids.parse(userId)
                .filter(id -> cohorts.hasEnrollment(session.cohortId(), id))
                .orElseThrow(() -> ProblemException.notFound("learner " + userId + " in this cohort"));
    }

    private void requireEnrolled(Caller caller, SessionContext session) {
        if (!cohorts.isEnrolledIn(session.cohortId(), caller.id())) {
            throw notEnrolled(session.cohortCode());
        }
    }

    private static ProblemException notEnrolled(String cohortCode) {
        return new ProblemException(
                403, "not-enrolled", "Not enrolled", "you are not enrolled in cohort " + cohortCode, null);
    }

    private static void requireNetwork(List<String> allowedNetworks, String clientAddress) {
        if (!allowedNetworks.isEmpty()
                && allowedNetworks.stream().noneMatch(block -> Cidr.contains(block, clientAddress))) {
            throw new ProblemException(
                    403,
                    "network-not-allowed",
                    "Network not allowed",
                    "check-in for this cohort is accepted only from the training site's network",
                    null);
        }
    }

    private static void requireCode(byte[] secret, String code, Instant now) {
        if (!CheckInCodes.accepts(secret, code == null ? null : code.trim(), now)) {
            throw new ProblemException(
                    422,
                    "invalid-code",
                    "Invalid code",
                    "the code is wrong or has expired; enter the code shown now",
                    List.of(FieldError.coded("code", "invalid-code", "wrong or expired code")));
        }
    }

    private static ProblemException closed(String what, Instant opens, Instant closes, Instant now) {
        String detail = now.isBefore(opens) ? what + " opens at " + opens : what + " closed at " + closes;
        return new ProblemException(409, "check-in-closed", "Check-in closed", detail, null);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    private AttendanceRecord lockedRecord(UUID sessionId, UUID userId) {
        List<AttendanceRecord> found = em.createQuery(
                        "from AttendanceRecord where sessionId = :s and userId = :u", AttendanceRecord.class)
                .setParameter("s", sessionId)
                .setParameter("u", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static AttendanceRecord record(UUID sessionId, UUID userId) {
        return AttendanceRecord.<AttendanceRecord>find("sessionId = ?1 and userId = ?2", sessionId, userId)
                .firstResult();
    }

    static RecordView view(AttendanceRecord r, String name) {
        return new RecordView(
                r.sessionId.toString(),
                r.userId.toString(),
                name,
                r.status,
                r.checkInAt,
                r.checkOutAt,
                r.creditedMinutes,
                r.method);
    }
}
