package kr.axcampus.attendance;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.attendance.dto.Standing;
import kr.axcampus.cohort.CheckInTarget;
import kr.axcampus.cohort.CheckInTargets;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.SessionContext;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Cidr;
import kr.axcampus.common.DirectSql;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;

/**
 * Self check-in and check-out with the rotating code (DESIGN.md §4): inside the session's
 * {@link CheckInWindow}, from an allowed network, by an enrolled learner. Repeating either is
 * harmless; every record written is also an event.
 */
@ApplicationScoped
public class CheckInService {
    private final CheckInTargets targets;
    private final SessionService sessions;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final AttendanceRules rules;
    private final RotatingCodes codes;
    private final DirectSql sql;

    public CheckInService(
            CheckInTargets targets,
            SessionService sessions,
            EnrollmentService enrollments,
            AttendanceService attendance,
            AttendanceRules rules,
            RotatingCodes codes,
            DirectSql sql) {
        this.targets = targets;
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.rules = rules;
        this.codes = codes;
        this.sql = sql;
    }

    /** The caller's standing with each of their sessions (by session id), from one query of their own records. */
    public Map<String, Standing> standings(Caller caller, List<SessionView> mine) {
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<String, RecordView> records = new HashMap<>();
        AttendanceRecord.<AttendanceRecord>list(
                        "userId = ?1 and sessionId in ?2",
                        caller.id(),
                        mine.stream().map(s -> UUID.fromString(s.id())).toList())
                .forEach(r -> records.put(r.sessionId.toString(), AttendanceService.view(r, null)));
        Instant now = Moment.now();
        Map<String, Standing> standings = new HashMap<>();
        for (SessionView session : mine) {
            RecordView record = records.get(session.id());
            CheckInWindow window = CheckInWindow.of(rules, session.startsAt(), session.endsAt());
            boolean held = !session.cancelled();
            standings.put(
                    session.id(),
                    new Standing(
                            record, held && window.mayCheckIn(record, now), held && window.mayCheckOut(record, now)));
        }
        return standings;
    }

    /** Whether the projector should show a code now, and if not, why: not open yet, over, or cancelled. */
    public LiveState liveState(SessionContext session) {
        CheckInWindow window = CheckInWindow.of(rules, session.startsAt(), session.endsAt());
        Instant now = Moment.now();
        return new LiveState(
                session.cancelledAt() == null && window.open(now),
                now.isBefore(window.opens()),
                session.cancelledAt() != null,
                window.opens());
    }

    /** Whether checking out of the session now would record leaving early (조퇴): the page asks first. */
    public boolean leavesEarlyNow(SessionContext session) {
        return CheckInWindow.of(rules, session.startsAt(), session.endsAt()).leftEarly(Moment.now());
    }

    /** The code to show now; for the cohort's instructors and operators. */
    public CheckInCodeView code(Caller caller, String sessionId, String baseUrl) {
        SessionContext session = attendance.managed(caller, sessionId);
        return codes.now(session.secret(), baseUrl + "/check-in/" + session.sessionId());
    }

    /**
     * Self check-in. Repeating it, even concurrently, answers the one record the first made.
     * The hot path of a check-in storm: one query to check, one statement to write the record
     * and its event, and a read only when another request won the race. No transaction around
     * them: the record and its event are written by that one statement or not at all.
     */
    public RecordView checkIn(
            Caller caller, String sessionId, String code, CheckInMethod method, String clientAddress) {
        CheckInTarget session = targets.find(caller, sessionId);
        if (!session.enrolled()) {
            throw notEnrolled(session.cohortCode());
        }
        if (session.cancelled()) {
            throw AttendanceService.cancelled();
        }
        Instant now = Moment.now();
        CheckInWindow window = CheckInWindow.of(rules, session.startsAt(), session.endsAt());
        if (!window.acceptsCheckIn(now)) {
            throw closed("check-in", window.opens(), window.checkInCloses(), now);
        }
        requireNetwork(session.allowedNetworks(), clientAddress);
        codes.require(session.sessionId(), caller.id(), session.secret(), code);
        AttendanceStatus status = window.late(now) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        Map<String, Object> values = Map.of(
                "record", UUID.randomUUID(),
                "session", session.sessionId(),
                "learner", caller.id(),
                "status", status.name(),
                "at", now,
                "method", method.name(),
                "event", UUID.randomUUID(),
                "atText", now.toString());
        List<UUID> inserted = sql.list("""
                WITH ins AS (
                    INSERT INTO attendance_record (id, session_id, user_id, status, check_in_at, method,
                                                   credited_minutes, created_at, updated_at)
                    VALUES (:record, :session, :learner, :status, :at, :method, 0, :at, :at)
                    ON CONFLICT (session_id, user_id) DO NOTHING
                    RETURNING id),
                event AS (
                    INSERT INTO attendance_event (id, session_id, user_id, actor_id, at, kind, after)
                    SELECT :event, :session, :learner, :learner, :at, 'CHECK_IN',
                           jsonb_build_object('status', CAST(:status AS text), 'checkInAt', CAST(:atText AS text),
                                              'checkOutAt', NULL, 'creditedMinutes', 0, 'method', CAST(:method AS text))
                    FROM ins)
                SELECT id FROM ins""", values, row -> row.getObject("id", UUID.class));
        if (!inserted.isEmpty()) {
            return new RecordView(
                    session.sessionId().toString(), caller.id().toString(), null, status, now, null, 0, method);
        }
        return AttendanceService.view(attendance.record(session.sessionId(), caller.id()), null);
    }

    /** Self check-out: credits the overlap with the session; repeating it changes nothing. */
    @Transactional
    public RecordView checkOut(Caller caller, String sessionId, String code, String clientAddress) {
        SessionContext session = sessions.context(caller, sessionId);
        if (!enrollments.isEnrolledIn(session.cohortId(), caller.id())) {
            throw notEnrolled(session.cohortCode());
        }
        AttendanceService.requireNotCancelled(session);
        Instant now = Moment.now();
        CheckInWindow window = CheckInWindow.of(rules, session.startsAt(), session.endsAt());
        if (!window.acceptsCheckOut(now)) {
            throw closed("check-out", window.opens(), window.checkOutCloses(), now);
        }
        requireNetwork(session.allowedNetworks(), clientAddress);
        codes.require(session.sessionId(), caller.id(), session.secret(), code);
        AttendanceRecord record = attendance.lockedRecord(session.sessionId(), caller.id());
        if (record == null || record.checkInAt == null) {
            throw new ProblemException(
                    409, "not-checked-in", "Not checked in", "check in to this session before checking out", null);
        }
        if (record.checkOutAt == null) {
            RecordState before = record.state();
            record.checkOutAt = now;
            if (window.leftEarly(now) && record.status.attended()) {
                record.status = AttendanceStatus.LEFT_EARLY;
            }
            record.creditedMinutes = record.creditWithin(session);
            AttendanceEvent.append(
                    session.sessionId(),
                    caller.id(),
                    caller.id(),
                    AttendanceEvent.Kind.CHECK_OUT,
                    before,
                    record.state(),
                    null);
        }
        return AttendanceService.view(record, null);
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

    private static ProblemException closed(String what, Instant opens, Instant closes, Instant now) {
        String detail = now.isBefore(opens) ? what + " opens at " + opens : what + " closed at " + closes;
        return new ProblemException(409, "check-in-closed", "Check-in closed", detail, null);
    }
}
