package kr.axcampus.practicum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.attendance.dto.DecisionRequest;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Counts;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.MaterialService;
import kr.axcampus.practicum.dto.AdjustmentRequest;
import kr.axcampus.practicum.dto.PracticeLogRequest;
import kr.axcampus.practicum.dto.PracticeLogView;

/** The practicum ledger's own lines: practice logs (submitted, approved or rejected) and adjustments. */
@ApplicationScoped
public class PracticumService {
    private final MaterialService materials;
    private final CohortService cohorts;
    private final CohortClosing closing;
    private final EnrollmentService enrollments;
    private final CentreTime time;
    private final Access access;
    private final PersonalDataReads reads;
    private final Validator validator;
    private final Event<PracticeLogDecided> decided;

    public PracticumService(
            CohortService cohorts,
            CohortClosing closing,
            EnrollmentService enrollments,
            CentreTime time,
            Access access,
            PersonalDataReads reads,
            Validator validator,
            MaterialService materials,
            Event<PracticeLogDecided> decided) {
        this.decided = decided;
        this.materials = materials;
        this.cohorts = cohorts;
        this.closing = closing;
        this.enrollments = enrollments;
        this.time = time;
        this.access = access;
        this.reads = reads;
        this.validator = validator;
    }

    @Transactional
    public PracticeLogView submit(Caller caller, String cohortId, PracticeLogRequest request) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        closing.requireOpen(cohort.id());
        if (!enrollments.isEnrolledIn(cohort.id(), caller.id())) {
            throw new ProblemException(
                    403,
                    "not-enrolled",
                    "Not enrolled",
                    "practice logs are for learners enrolled in cohort " + cohort.code(),
                    null);
        }
        if (request == null) {
            throw ProblemException.invalid("body", "minutes, performedOn and description are required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.performedOn() != null && request.performedOn().isAfter(time.today())) {
            errors.add(FieldError.coded("performedOn", "invalid", "must not be in the future"));
        }
        UUID evidence = null;
        if (request.evidenceMaterialId() != null
                && !request.evidenceMaterialId().isBlank()) {
            try {
                evidence = materials.requireOwnEvidence(
                        caller, request.evidenceMaterialId(), cohort.id(), "evidenceMaterialId");
            } catch (ProblemException notTheirs) {
                errors.addAll(notTheirs.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PracticeLog log = new PracticeLog();
        log.cohortId = cohort.id();
        log.userId = caller.id();
        log.minutes = request.minutes();
        log.performedOn = request.performedOn();
        log.description = request.description().trim();
        log.evidenceMaterialId = evidence;
        log.status = PracticeLog.Status.PENDING;
        log.persist();
        return view(log);
    }

    @Transactional
    public PracticeLogView decide(Caller caller, String logId, boolean approve, String reason) {
        PracticeLog log = Ids.parse(logId)
                .map(id -> PracticeLog.<PracticeLog>findById(id))
                .orElse(null);
        if (log == null) {
            throw ProblemException.notFound("practice log " + logId);
        }
        CohortScope cohort = cohorts.scope(caller, log.cohortId.toString());
        access.requireRunning(caller, cohort, "practice logs are approved by the cohort's instructors");
        if (approve) {
            closing.requireOpen(cohort.id());
        }
        // The API and the pages both hand a decision's reason here: its limit is checked once, for both.
        ProblemException.requireValid(validator, new DecisionRequest(reason));
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("reason", "required", "a reason is required to reject")));
        }
        if (log.status != PracticeLog.Status.PENDING) {
            throw new ProblemException(
                    409,
                    "already-decided",
                    "Already decided",
                    "this log was already " + log.status.name().toLowerCase(),
                    null);
        }
        log.decide(caller.id(), approve ? PracticeLog.Status.APPROVED : PracticeLog.Status.REJECTED, reason);
        decided.fire(new PracticeLogDecided(
                cohort.centerId(),
                cohort.id(),
                cohort.code(),
                log.id,
                log.userId,
                approve,
                log.minutes,
                log.decisionReason));
        return view(log);
    }

    /** How many practice logs wait for a decision in each of the cohorts, for a desk's counts (no one's data). */
    public Map<UUID, Long> pendingByCohort(Collection<UUID> cohortIds) {
        return Counts.byId(
                PracticeLog.getEntityManager(),
                "SELECT cohort_id, count(*) FROM practice_log WHERE status = 'PENDING' AND cohort_id IN (:ids)"
                        + " GROUP BY cohort_id",
                cohortIds);
    }

    /** Staff see every log of the cohort; a learner their own. */
    public List<PracticeLogView> logs(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        List<PracticeLog> found = access.workSight(caller, cohort).everyone()
                ? PracticeLog.list("cohortId", Sort.by("createdAt").descending(), cohort.id())
                : PracticeLog.list(
                        "cohortId = ?1 and userId = ?2", Sort.by("createdAt").descending(), cohort.id(), caller.id());
        reads.record(
                caller,
                ReadKind.PRACTICE_LOGS,
                cohort.id(),
                found.stream().map(l -> l.userId).toList());
        return found.stream().map(PracticumService::view).toList();
    }

    @Transactional
    public void adjust(Caller caller, String cohortId, AdjustmentRequest request) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        access.requireRunning(caller, cohort, "adjustments are made by the cohort's instructors and operators");
        closing.requireOpen(cohort.id());
        if (request == null) {
            throw ProblemException.invalid("body", "userId, minutes and reason are required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.minutes() != null && request.minutes() == 0) {
            errors.add(FieldError.coded("minutes", "invalid", "must not be 0"));
        }
        UUID learner = request.userId() == null
                ? null
                : Ids.parse(request.userId())
                        .filter(id -> enrollments.hasEnrollment(cohort.id(), id))
                        .orElse(null);
        if (request.userId() != null && !request.userId().isBlank() && learner == null) {
            errors.add(FieldError.coded("userId", "unknown-value", "not a learner of this cohort"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PracticumAdjustment adjustment = new PracticumAdjustment();
        adjustment.cohortId = cohort.id();
        adjustment.userId = learner;
        adjustment.minutes = request.minutes();
        adjustment.reason = request.reason().trim();
        adjustment.actorId = caller.id();
        adjustment.persist();
    }

    static PracticeLogView view(PracticeLog l) {
        return new PracticeLogView(
                l.id.toString(),
                l.cohortId.toString(),
                l.userId.toString(),
                l.minutes,
                l.performedOn,
                l.description,
                l.evidenceMaterialId == null ? null : l.evidenceMaterialId.toString(),
                l.status.name(),
                l.decidedBy == null ? null : l.decidedBy.toString(),
                l.decidedAt,
                l.decisionReason,
                l.createdAt);
    }
}
