package kr.axcampus.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.access.Sight;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.EnrollmentStatus;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.delivery.dto.ReasonRequest;
import kr.axcampus.delivery.dto.ResultView;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.progress.CompletionStatus;
import kr.axcampus.progress.ProgressService;
import kr.axcampus.progress.dto.Progress;

/**
 * Closing a cohort freezes each enrolment's result from the progress room's statement — the one
 * source of the numbers — and issues the certificates; reopening supersedes the frozen results
 * until the next close. A cohort that is not closed has no results, only live progress.
 */
@ApplicationScoped
public class ResultService {
    private final CohortClosing closing;
    private final CohortService cohorts;
    private final ProgressService progress;
    private final EnrollmentService enrollments;
    private final Certificates certificates;
    private final UserService users;
    private final Access access;
    private final PersonalDataReads reads;
    private final CentreTime time;

    public ResultService(
            CohortClosing closing,
            CohortService cohorts,
            ProgressService progress,
            EnrollmentService enrollments,
            Certificates certificates,
            UserService users,
            Access access,
            PersonalDataReads reads,
            CentreTime time) {
        this.closing = closing;
        this.cohorts = cohorts;
        this.progress = progress;
        this.enrollments = enrollments;
        this.certificates = certificates;
        this.users = users;
        this.access = access;
        this.reads = reads;
        this.time = time;
    }

    /** Closes the cohort (its operators and instructors, after its last session) and freezes every result. */
    @Transactional
    public List<ResultView> close(Caller caller, String cohortId) {
        CohortScope cohort = closing.close(caller, cohortId);
        Integer last = EnrollmentResult.getEntityManager()
                .createQuery("select max(r.round) from EnrollmentResult r where r.cohortId = :c", Integer.class)
                .setParameter("c", cohort.id())
                .getSingleResult();
        int round = last == null ? 1 : last + 1;
        LocalDate today = time.today();
        List<EnrollmentResult> frozen = new ArrayList<>();
        Map<UUID, EnrollmentStatus> statuses = new HashMap<>();
        for (Progress p : progress.ofCohort(cohort)) {
            EnrollmentResult result = freeze(cohort.id(), round, today, p);
            frozen.add(result);
            if (!"WITHDRAWN".equals(p.enrollmentStatus())) {
                statuses.put(
                        result.userId,
                        result.result == EnrollmentResult.Outcome.COMPLETED
                                ? EnrollmentStatus.COMPLETED
                                : EnrollmentStatus.NOT_COMPLETED);
            }
        }
        enrollments.recordResults(cohort.id(), statuses);
        certificates.afterClose(cohort.centerId(), cohort.id(), cohort.code(), frozen, caller);
        return views(cohort, frozen);
    }

    /** Reopens a closed cohort (operators, with a reason): its results are superseded until it is closed again. */
    @Transactional
    public void reopen(Caller caller, String cohortId, ReasonRequest request) {
        CohortScope cohort = closing.reopen(caller, cohortId, request == null ? null : request.reason());
        EnrollmentResult.update(
                "supersededAt = ?1 where cohortId = ?2 and supersededAt is null", Moment.now(), cohort.id());
        enrollments.recordResults(cohort.id(), Map.of());
    }

    /** The frozen results the caller sees: all (the cohort's team), their employees' (a CEO), their own; 409 while open. */
    public List<ResultView> results(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        if (!closing.isClosed(cohort.id())) {
            throw new ProblemException(
                    409,
                    "cohort-open",
                    "Cohort open",
                    "results are frozen when the cohort is closed; until then its progress is live",
                    null);
        }
        Sight sight = access.employerSight(caller, cohort);
        List<EnrollmentResult> found = EnrollmentResult.<EnrollmentResult>list(
                        "cohortId = ?1 and supersededAt is null", Sort.by("userId"), cohort.id())
                .stream()
                .filter(r -> sight.everyone()
                        || r.userId.equals(sight.self())
                        || (sight.company() != null && sight.company().equals(r.companyId)))
                .toList();
        List<ResultView> views = views(cohort, found);
        reads.record(
                caller,
                ReadKind.PROGRESS,
                cohort.id(),
                views.stream().map(ResultView::userId).toList());
        return views;
    }

    private static EnrollmentResult freeze(UUID cohortId, int round, LocalDate today, Progress p) {
        EnrollmentResult result = new EnrollmentResult();
        result.cohortId = cohortId;
        result.userId = UUID.fromString(p.userId());
        result.companyId = p.companyId() == null ? null : UUID.fromString(p.companyId());
        result.round = round;
        result.result = p.completion().status() == CompletionStatus.COMPLETED
                ? EnrollmentResult.Outcome.COMPLETED
                : EnrollmentResult.Outcome.NOT_COMPLETED;
        result.reasons = List.copyOf(p.completion().reasons());
        result.scheduledMinutes = p.scheduledMinutes();
        result.creditedMinutes = p.creditedMinutes();
        result.practicumMinutes = p.practicumMinutes();
        result.attendanceRate = BigDecimal.valueOf(p.attendanceRate()).setScale(4, RoundingMode.HALF_UP);
        result.decidedOn = today;
        result.persist();
        return result;
    }

    private List<ResultView> views(CohortScope cohort, List<EnrollmentResult> found) {
        Map<UUID, UserView> people = users.findAllInCenter(
                cohort.centerId(), found.stream().map(r -> r.userId).toList());
        Map<UUID, String> serials = new HashMap<>();
        Certificate.<Certificate>list("cohortId = ?1 and revokedAt is null", cohort.id())
                .forEach(c -> serials.put(c.userId, c.serial));
        return found.stream()
                .map(r -> new ResultView(
                        r.userId.toString(),
                        people.containsKey(r.userId) ? people.get(r.userId).name() : null,
                        r.companyId == null ? null : r.companyId.toString(),
                        r.result,
                        r.reasons,
                        r.scheduledMinutes,
                        r.creditedMinutes,
                        r.practicumMinutes,
                        r.attendanceRate,
                        r.decidedOn,
                        serials.get(r.userId)))
                .toList();
    }
}
