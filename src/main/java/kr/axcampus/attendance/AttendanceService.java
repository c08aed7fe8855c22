package kr.axcampus.attendance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.access.Sight;
import kr.axcampus.attendance.dto.HistoryEntry;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.EnrollmentStatus;
import kr.axcampus.cohort.SessionContext;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Attendance records of sessions: roll call and corrections by the cohort's instructors,
 * closing a session, the lists and every change kept as an event. Self check-in and check-out
 * are {@link CheckInService}'s.
 */
@ApplicationScoped
public class AttendanceService {
    private final SessionService sessions;
    private final CohortClosing closing;
    private final EnrollmentService enrollments;
    private final UserService users;
    private final Access access;
    private final PersonalDataReads reads;
    private final Validator validator;
    private final EntityManager em;

    public AttendanceService(
            SessionService sessions,
            CohortClosing closing,
            EnrollmentService enrollments,
            UserService users,
            Access access,
            PersonalDataReads reads,
            Validator validator,
            EntityManager em) {
        this.sessions = sessions;
        this.closing = closing;
        this.enrollments = enrollments;
        this.users = users;
        this.access = access;
        this.reads = reads;
        this.validator = validator;
        this.em = em;
    }

    /**
     * The instructor closes the session: learners who checked in and did not check out
     * are credited up to the session's end (the auto-check-out policy).
     */
    @Transactional
    public List<RecordView> close(Caller caller, String sessionId) {
        SessionContext session = managed(caller, sessionId);
        requireNotCancelled(session);
        closing.requireOpen(session.cohortId());
        Instant now = Moment.now();
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
                record.creditedMinutes = record.creditWithin(closed);
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
        Sight sight = access.employerSight(caller, session);
        if (sight.ownOnly()) {
            throw Access.forbidden("the attendance of a session is for its cohort's instructors and operators");
        }
        List<EnrollmentView> enrolled = enrollments.enrollmentsOf(session.cohortId(), session.centerId()).stream()
                .filter(e -> sight.sees(
                        UUID.fromString(e.userId()), Ids.parse(e.companyId()).orElse(null)))
                .toList();
        if (!sight.everyone() && enrolled.isEmpty()) {
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
        reads.record(
                caller,
                ReadKind.ATTENDANCE,
                session.sessionId(),
                views.stream().map(RecordView::userId).toList());
        return views;
    }

    /** Every record of the cohort's sessions, for sheets; the caller's right to the cohort is checked by them. */
    public List<RecordView> recordsOfCohort(UUID cohortId) {
        List<UUID> sessionIds = sessions.sessionIds(cohortId);
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return AttendanceRecord.<AttendanceRecord>list("sessionId in ?1", sessionIds).stream()
                .map(r -> view(r, null))
                .toList();
    }

    /**
     * Roll call in one go: every enrolled learner without a record for the session is marked present
     * for all of it; records that exist (a check-in, an absence already called) are left as they are.
     */
    @Transactional
    public List<RecordView> allPresent(Caller caller, String sessionId) {
        SessionContext session = managed(caller, sessionId);
        requireNotCancelled(session);
        closing.requireOpen(session.cohortId());
        if (Moment.now().isBefore(session.startsAt())) {
            throw new ProblemException(
                    409,
                    "session-not-started",
                    "Session not started",
                    "roll call is taken once the session has started",
                    null);
        }
        Set<UUID> recorded = new HashSet<>(
                em.createQuery("select r.userId from AttendanceRecord r where r.sessionId = :s", UUID.class)
                        .setParameter("s", session.sessionId())
                        .getResultList());
        List<RecordView> marked = new ArrayList<>();
        for (EnrollmentView enrolled : enrollments.enrollmentsOf(session.cohortId(), session.centerId())) {
            UUID learner = UUID.fromString(enrolled.userId());
            if (enrolled.status() != EnrollmentStatus.WITHDRAWN && !recorded.contains(learner)) {
                marked.add(apply(
                        caller,
                        session,
                        learner,
                        AttendanceStatus.PRESENT,
                        null,
                        null,
                        null,
                        AttendanceEvent.Kind.ROLL_CALL));
            }
        }
        return marked;
    }

    /** Roll call or correction. Changing an existing record needs a reason; every change is an event. */
    @Transactional
    public RecordView rollCall(Caller caller, String sessionId, String userId, RollCallRequest request) {
        SessionContext session = managed(caller, sessionId);
        UUID learner = enrolledLearner(session, userId);
        if (request == null) {
            throw ProblemException.invalid("body", "status is required");
        }
        ProblemException.requireValid(validator, request);
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
        requireNotCancelled(session);
        closing.requireOpen(session.cohortId());
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
        record.creditedMinutes = record.creditWithin(session);
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
        if (!access.workSight(caller, session).sees(learner, null)) {
            throw ProblemException.notFound("attendance of " + userId);
        }
        List<AttendanceEvent> events = AttendanceEvent.list(
                "sessionId = ?1 and userId = ?2", Sort.by("at").and("id"), session.sessionId(), learner);
        reads.record(caller, ReadKind.RECORD_HISTORY, session.sessionId(), List.of(learner));
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

    /** A session the caller runs (its cohort's instructors, operators); 403 for others who see it, 404 for the rest. */
    SessionContext managed(Caller caller, String sessionId) {
        SessionContext session = sessions.context(caller, sessionId);
        access.requireRunning(caller, session, "only the cohort's instructors and operators may do this");
        return session;
    }

    /** A cancelled session takes no attendance: nothing was held. */
    static void requireNotCancelled(SessionContext session) {
        if (session.cancelledAt() != null) {
            throw cancelled();
        }
    }

    static ProblemException cancelled() {
        return SessionService.cancelled("the session was cancelled and takes no attendance");
    }

    UUID enrolledLearner(SessionContext session, String userId) {
        return Ids.parse(userId)
                .filter(id -> enrollments.hasEnrollment(session.cohortId(), id))
                .orElseThrow(() -> ProblemException.notFound("learner " + userId + " in this cohort"));
    }

    AttendanceRecord lockedRecord(UUID sessionId, UUID userId) {
        List<AttendanceRecord> found = em.createQuery(
                        "from AttendanceRecord where sessionId = :s and userId = :u", AttendanceRecord.class)
                .setParameter("s", sessionId)
                .setParameter("u", userId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    AttendanceRecord record(UUID sessionId, UUID userId) {
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
