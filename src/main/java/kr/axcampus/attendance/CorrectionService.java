package kr.axcampus.attendance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.attendance.dto.CorrectionRequestBody;
import kr.axcampus.attendance.dto.CorrectionView;
import kr.axcampus.attendance.dto.DecisionRequest;
import kr.axcampus.cohort.SessionContext;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Counts;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.MaterialService;

/**
 * Learners ask for a correction of their own record until the end of the day after the
 * session, with evidence; the cohort's instructors accept (applied as a correction event)
 * or reject (with a reason).
 */
@ApplicationScoped
public class CorrectionService {
    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CentreTime time;
    private final Validator validator;
    private final PersonalDataReads reads;
    private final MaterialService materials;
    private final Event<CorrectionDecided> decided;

    public CorrectionService(
            SessionService sessions,
            AttendanceService attendance,
            CentreTime time,
            Validator validator,
            PersonalDataReads reads,
            MaterialService materials,
            Event<CorrectionDecided> decided) {
        this.decided = decided;
        this.reads = reads;
        this.materials = materials;
        this.sessions = sessions;
        this.attendance = attendance;
        this.time = time;
        this.validator = validator;
    }

    /** A learner may ask for a correction until the end of the day after the session, in the centre's zone. */
    public Instant deadline(Instant sessionEndsAt) {
        return time.startOf(time.dayOf(sessionEndsAt).plusDays(2));
    }

    /** Whether a correction may be asked for now: once the session has started, until its deadline. */
    public boolean correctable(Instant sessionStartsAt, Instant sessionEndsAt, Instant now) {
        return !now.isBefore(sessionStartsAt) && now.isBefore(deadline(sessionEndsAt));
    }

    /** The caller's own record in the session may be asked about: they are enrolled in its cohort (404 otherwise). */
    public void requireOwnRecord(Caller caller, String sessionId) {
        attendance.enrolledLearner(
                sessions.context(caller, sessionId), caller.id().toString());
    }

    @Transactional
    public CorrectionView request(Caller caller, String sessionId, String userId, CorrectionRequestBody body) {
        SessionContext session = sessions.context(caller, sessionId);
        UUID learner = Ids.parse(userId)
                .filter(caller.id()::equals)
                .orElseThrow(() -> Access.forbidden("learners ask for corrections of their own records only"));
        attendance.enrolledLearner(session, learner.toString());
        if (body == null) {
            throw ProblemException.invalid("body", "requestedStatus and reason are required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(body)));
        UUID evidence = null;
        if (body.evidenceMaterialId() != null && !body.evidenceMaterialId().isBlank()) {
            try {
                evidence = materials.requireOwnEvidence(
                        caller, body.evidenceMaterialId(), session.cohortId(), "evidenceMaterialId");
            } catch (ProblemException notTheirs) {
                errors.addAll(notTheirs.errors());
            }
        }
        if (body.checkInAt() != null
                && body.checkOutAt() != null
                && body.checkOutAt().isBefore(body.checkInAt())) {
            errors.add(FieldError.coded("checkOutAt", "date-order", "must not be before checkInAt"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant deadline = deadline(session.endsAt());
        if (Moment.now().isAfter(deadline)) {
            throw new ProblemException(
                    409,
                    "correction-window-closed",
                    "Correction window closed",
                    "corrections may be asked for until the end of the day after the session (" + deadline + ")",
                    null);
        }
        if (CorrectionRequest.count(
                        "sessionId = ?1 and userId = ?2 and status = ?3",
                        session.sessionId(),
                        learner,
                        CorrectionRequest.Status.PENDING)
                > 0) {
            throw new ProblemException(
                    409,
                    "correction-pending",
                    "Correction pending",
                    "a request for this record is already waiting for the instructor",
                    null);
        }
        CorrectionRequest request = new CorrectionRequest();
        request.sessionId = session.sessionId();
        request.userId = learner;
        request.requestedStatus = body.requestedStatus();
        request.checkInAt = body.checkInAt() == null ? null : body.checkInAt().toInstant();
        request.checkOutAt =
                body.checkOutAt() == null ? null : body.checkOutAt().toInstant();
        request.reason = body.reason().trim();
        request.evidenceMaterialId = evidence;
        request.status = CorrectionRequest.Status.PENDING;
        request.persist();
        return view(request);
    }

    @Transactional
    public CorrectionView accept(Caller caller, String id, DecisionRequest decision) {
        CorrectionRequest request = pending(caller, id);
        SessionContext session = attendance.managed(caller, request.sessionId.toString());
        if (decision != null) {
            ProblemException.requireValid(validator, decision);
        }
        String reason = decision != null
                        && decision.reason() != null
                        && !decision.reason().isBlank()
                ? decision.reason().trim()
                : request.reason;
        attendance.apply(
                caller,
                session,
                request.userId,
                request.requestedStatus,
                request.checkInAt == null ? null : request.checkInAt.atOffset(ZoneOffset.UTC),
                request.checkOutAt == null ? null : request.checkOutAt.atOffset(ZoneOffset.UTC),
                "correction request accepted: " + reason,
                AttendanceEvent.Kind.REQUEST_ACCEPTED);
        request.decide(caller.id(), CorrectionRequest.Status.ACCEPTED, reason);
        decided.fire(CorrectionDecided.of(session, request));
        return view(request);
    }

    @Transactional
    public CorrectionView reject(Caller caller, String id, DecisionRequest decision) {
        CorrectionRequest request = pending(caller, id);
        SessionContext session = attendance.managed(caller, request.sessionId.toString());
        if (decision != null) {
            ProblemException.requireValid(validator, decision);
        }
        if (decision == null || decision.reason() == null || decision.reason().isBlank()) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("reason", "required", "a reason is required to reject")));
        }
        request.decide(caller.id(), CorrectionRequest.Status.REJECTED, decision.reason());
        decided.fire(CorrectionDecided.of(session, request));
        return view(request);
    }

    /** How many requests wait for a decision in each of the cohorts, for a desk's counts (no one's data). */
    public Map<UUID, Long> pendingByCohort(Collection<UUID> cohortIds) {
        return Counts.byId(
                CorrectionRequest.getEntityManager(),
                "SELECT s.cohort_id, count(*) FROM correction_request r JOIN cohort_session s ON s.id = r.session_id"
                        + " WHERE r.status = 'PENDING' AND s.cohort_id IN (:ids) GROUP BY s.cohort_id",
                cohortIds);
    }

    /** The caller's own requests decided since the instant, newest first: what their home tells them. */
    public List<CorrectionView> decidedFor(Caller caller, Instant since) {
        return CorrectionRequest.<CorrectionRequest>list(
                        "userId = ?1 and status <> ?2 and decidedAt >= ?3 order by decidedAt desc",
                        caller.id(),
                        CorrectionRequest.Status.PENDING,
                        since)
                .stream()
                .map(CorrectionService::view)
                .toList();
    }

    /** Requests waiting for a decision in a cohort's sessions; the caller (its team) has been checked. */
    public List<CorrectionView> pendingInCohort(Caller caller, UUID cohortId) {
        List<UUID> sessionIds = sessions.sessionIds(cohortId);
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        List<CorrectionView> pending = CorrectionRequest.<CorrectionRequest>list(
                        "status = ?1 and sessionId in ?2 order by createdAt",
                        CorrectionRequest.Status.PENDING,
                        sessionIds)
                .stream()
                .map(CorrectionService::view)
                .toList();
        reads.record(
                caller,
                ReadKind.CORRECTIONS,
                cohortId,
                pending.stream().map(CorrectionView::userId).toList());
        return pending;
    }

    private CorrectionRequest pending(Caller caller, String id) {
        CorrectionRequest request = Ids.parse(id)
                .map(uuid -> CorrectionRequest.<CorrectionRequest>findById(uuid))
                .orElse(null);
        if (request == null) {
            throw ProblemException.notFound("correction request " + id);
        }
        sessions.context(caller, request.sessionId.toString());
        if (request.status != CorrectionRequest.Status.PENDING) {
            throw new ProblemException(
                    409,
                    "already-decided",
                    "Already decided",
                    "this request was already " + request.status.name().toLowerCase(),
                    null);
        }
        return request;
    }

    static CorrectionView view(CorrectionRequest r) {
        return new CorrectionView(
                r.id.toString(),
                r.sessionId.toString(),
                r.userId.toString(),
                r.requestedStatus,
                r.checkInAt,
                r.checkOutAt,
                r.reason,
                r.evidenceMaterialId == null ? null : r.evidenceMaterialId.toString(),
                r.status.name(),
                r.decidedBy == null ? null : r.decidedBy.toString(),
                r.decidedAt,
                r.decisionReason);
    }
}
