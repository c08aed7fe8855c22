package kr.axcampus.submission;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Counts;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.material.MaterialScope;
import kr.axcampus.material.MaterialService;
import kr.axcampus.material.MaterialStored;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.submission.dto.ReviewRequest;
import kr.axcampus.submission.dto.SubmissionView;

/**
 * Project deliverables: every SUBMISSION upload becomes the learner's next version; the
 * cohort's instructors (and operators) accept it or ask for changes. An accepted version is
 * what completion looks for when a course requires a deliverable.
 */
@ApplicationScoped
public class SubmissionService {
    private final CohortService cohorts;
    private final CohortClosing closing;
    private final EnrollmentService enrollments;
    private final MaterialService materials;
    private final UserService users;
    private final Access access;
    private final PersonalDataReads reads;
    private final Event<DeliverableReviewed> reviewed;

    public SubmissionService(
            CohortService cohorts,
            CohortClosing closing,
            EnrollmentService enrollments,
            MaterialService materials,
            UserService users,
            Access access,
            PersonalDataReads reads,
            Event<DeliverableReviewed> reviewed) {
        this.reviewed = reviewed;
        this.cohorts = cohorts;
        this.closing = closing;
        this.enrollments = enrollments;
        this.materials = materials;
        this.users = users;
        this.access = access;
        this.reads = reads;
    }

    /** Runs inside the material's own transaction: the version and the file are kept or lost together. */
    void onMaterialStored(@Observes MaterialStored stored) {
        if (stored.scope() != MaterialScope.SUBMISSION) {
            return;
        }
        UUID cohortId = UUID.fromString(stored.scopeId());
        UUID learnerId = stored.uploader().id();
        Integer last = SubmissionVersion.getEntityManager()
                .createQuery(
                        "select max(v.version) from SubmissionVersion v where v.cohortId = :cohort and v.learnerId = :learner",
                        Integer.class)
                .setParameter("cohort", cohortId)
                .setParameter("learner", learnerId)
                .getSingleResult();
        SubmissionVersion version = new SubmissionVersion();
        version.cohortId = cohortId;
        version.learnerId = learnerId;
        version.materialId = stored.materialId();
        version.version = last == null ? 1 : last + 1;
        version.note = stored.note() == null ? null : truncate(stored.note(), 2000);
        version.status = SubmissionStatus.SUBMITTED;
        version.persist();
    }

    /** The cohort's versions: all of them for its instructors and operators, a learner's own for the learner. */
    @Transactional
    public List<SubmissionView> list(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        List<SubmissionVersion> found;
        if (access.workSight(caller, cohort).everyone()) {
            found = SubmissionVersion.list("cohortId", Sort.by("createdAt").descending(), cohort.id());
        } else if (enrollments.hasEnrollment(cohort.id(), caller.id())) {
            found = SubmissionVersion.list(
                    "cohortId = ?1 and learnerId = ?2", Sort.by("version").descending(), cohort.id(), caller.id());
        } else {
            throw ProblemException.notFound("submissions of cohort " + cohortId);
        }
        reads.record(
                caller,
                ReadKind.DELIVERABLES,
                cohort.id(),
                found.stream().map(v -> v.learnerId).toList());
        return views(caller, found, Map.of(cohort.id(), cohort.code()));
    }

    /** How many deliverable versions wait for review in each of the cohorts, for a desk's counts (no one's data). */
    public Map<UUID, Long> waitingByCohort(Collection<UUID> cohortIds) {
        return Counts.byId(
                SubmissionVersion.getEntityManager(),
                "SELECT cohort_id, count(*) FROM submission_version WHERE status = 'SUBMITTED' AND cohort_id IN (:ids)"
                        + " GROUP BY cohort_id",
                cohortIds);
    }

    /** The caller's own deliverables whose latest version was sent back for changes: what their home asks of them. */
    public List<SentBack> sentBackTo(Caller caller) {
        List<SubmissionVersion> latest = SubmissionVersion.list(
                "from SubmissionVersion s where s.learnerId = ?1 and s.version = (select max(v.version)"
                        + " from SubmissionVersion v where v.learnerId = s.learnerId and v.cohortId = s.cohortId)",
                caller.id());
        return latest.stream()
                .filter(v -> v.status == SubmissionStatus.CHANGES_REQUESTED)
                .map(v -> new SentBack(v.cohortId.toString(), v.version, v.reviewComment, v.reviewedAt))
                .toList();
    }

    /** A deliverable sent back: which cohort, which version, what the reviewer said. */
    @TemplateData
    public record SentBack(String cohortId, int version, String comment, Instant reviewedAt) {}

    /** Versions waiting for a decision in the cohorts the caller teaches (every cohort for operators). */
    @Transactional
    public List<SubmissionView> queue(Caller caller) {
        Map<UUID, String> taught =
                cohorts.taughtBy(caller).stream().collect(Collectors.toMap(CohortScope::id, CohortScope::code));
        if (taught.isEmpty()) {
            return List.of();
        }
        List<SubmissionVersion> pending = SubmissionVersion.list(
                "cohortId in ?1 and status = ?2", Sort.by("createdAt"), taught.keySet(), SubmissionStatus.SUBMITTED);
        reads.record(
                caller,
                ReadKind.DELIVERABLES,
                null,
                pending.stream().map(v -> v.learnerId).toList());
        return views(caller, pending, taught);
    }

    @Transactional
    public SubmissionView review(Caller caller, String versionId, ReviewRequest request) {
        SubmissionVersion version = Ids.parse(versionId)
                .map(id -> SubmissionVersion.<SubmissionVersion>findById(id))
                .orElseThrow(() -> ProblemException.notFound("submission " + versionId));
        CohortScope cohort;
        try {
            cohort = cohorts.scope(caller, version.cohortId.toString());
        } catch (ProblemException e) {
            throw ProblemException.notFound("submission " + versionId);
        }
        if (!access.runs(caller, cohort)) {
            // The author sees their own version, so they are told why; anyone else is out of scope.
            throw version.learnerId.equals(caller.id())
                    ? Access.forbidden("submissions are reviewed by the cohort's instructors")
                    : ProblemException.notFound("submission " + versionId);
        }
        closing.requireOpen(cohort.id());
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        if (request.decision() == ReviewDecision.CHANGES_REQUESTED && comment == null) {
            throw ProblemException.invalid("comment", "say what should change when asking for changes");
        }
        if (version.status != SubmissionStatus.SUBMITTED) {
            throw ProblemException.conflict(
                    "already-reviewed", "version " + version.version + " was already " + version.status, "decision");
        }
        version.status = request.decision() == ReviewDecision.ACCEPTED
                ? SubmissionStatus.ACCEPTED
                : SubmissionStatus.CHANGES_REQUESTED;
        version.reviewComment = comment;
        version.reviewedBy = caller.id();
        version.reviewedAt = Moment.now();
        reviewed.fire(new DeliverableReviewed(
                cohort.centerId(),
                cohort.id(),
                cohort.code(),
                version.id,
                version.learnerId,
                version.version,
                request.decision()));
        return views(caller, List.of(version), Map.of(cohort.id(), cohort.code()))
                .get(0);
    }

    private List<SubmissionView> views(Caller caller, List<SubmissionVersion> versions, Map<UUID, String> codes) {
        Map<UUID, MaterialView> files =
                materials.describe(versions.stream().map(v -> v.materialId).toList());
        Collection<UUID> people = versions.stream()
                .flatMap(v -> v.reviewedBy == null ? Stream.of(v.learnerId) : Stream.of(v.learnerId, v.reviewedBy))
                .collect(Collectors.toSet());
        Map<UUID, UserView> names = users.findAllInCenter(caller.centerId(), people);
        Function<UUID, String> name =
                id -> id == null ? null : names.containsKey(id) ? names.get(id).name() : id.toString();
        return versions.stream()
                .filter(v -> files.containsKey(v.materialId))
                .map(v -> new SubmissionView(
                        v.id.toString(),
                        v.cohortId.toString(),
                        codes.get(v.cohortId),
                        v.learnerId.toString(),
                        name.apply(v.learnerId),
                        v.version,
                        v.note,
                        v.status,
                        files.get(v.materialId),
                        v.reviewComment,
                        name.apply(v.reviewedBy),
                        v.reviewedAt,
                        v.createdAt))
                .toList();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
