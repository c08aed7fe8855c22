package kr.axcampus.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.access.Sight;
import kr.axcampus.cohort.dto.CompanyEnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.WithdrawalRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;

/**
 * Who is in a cohort: operators and the cohort's instructors enrol (one by one, a whole
 * company, or a CSV through {@link EnrollmentImport}) and withdraw learners; capacity holds under
 * concurrent requests; a withdrawal keeps every record.
 */
@ApplicationScoped
public class EnrollmentService {
    private final CohortService cohorts;
    private final UserService users;
    private final CompanyService companies;
    private final Access access;
    private final PersonalDataReads reads;
    private final Validator validator;
    private final EntityManager em;

    public EnrollmentService(
            CohortService cohorts,
            UserService users,
            CompanyService companies,
            Access access,
            PersonalDataReads reads,
            Validator validator,
            EntityManager em) {
        this.cohorts = cohorts;
        this.users = users;
        this.companies = companies;
        this.access = access;
        this.reads = reads;
        this.validator = validator;
        this.em = em;
    }

    public record Enrolled(EnrollmentView enrollment, boolean created) {}

    /** Result of enrolling several people at once: who was added, who already was. */
    @TemplateData
    public record Batch(int created, int existing, List<EnrollmentView> items) {}

    /** Enrols a learner; enrolling again answers the existing enrolment ({@code created} false). */
    @Transactional
    public Enrolled enroll(Caller caller, String cohortId, EnrollmentRequest request) {
        Cohort cohort = cohorts.manageable(caller, cohortId);
        if (request == null) {
            throw ProblemException.invalid("body", "userId is required");
        }
        ProblemException.requireValid(validator, request);
        UserView learner = Ids.parse(request.userId())
                .flatMap(uuid -> users.findInCenter(caller.centerId(), uuid))
                .orElseThrow(() -> ProblemException.invalid(
                        List.of(FieldError.coded("userId", "unknown-value", "no person of the centre has this id"))));
        if (!enrollable(learner)) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("userId", "not-a-learner", "only learners and CEOs can be enrolled")));
        }
        lockForCapacity(cohort);
        UUID userId = UUID.fromString(learner.id());
        Enrollment existing = Enrollment.find("cohortId = ?1 and userId = ?2", cohort.id, userId)
                .firstResult();
        if (existing != null) {
            return new Enrolled(view(existing, learner), false);
        }
        long taken = activeCount(cohort);
        if (taken >= cohort.capacity) {
            throw full("cohort " + cohort.code + " is full (" + cohort.capacity + " places)");
        }
        return new Enrolled(view(persist(cohort, learner, Moment.now()), learner), true);
    }

    /** Learners and CEOs (who attend insight courses) can be enrolled; instructors and operators cannot. */
    static boolean enrollable(UserView person) {
        return person.roles().contains(Role.LEARNER.name()) || person.roles().contains(Role.CEO.name());
    }

    /**
     * Enrols several learners at once, all or nothing: the new ones must fit the capacity.
     * Callers check that every one is a learner (or CEO) of the centre.
     */
    @Transactional
    public Batch enrollAll(Caller caller, String cohortId, List<UUID> userIds) {
        Cohort cohort = cohorts.manageable(caller, cohortId);
        lockForCapacity(cohort);
        Map<UUID, UserView> people = users.findAllInCenter(caller.centerId(), userIds);
        Set<UUID> already = enrolledUserIds(cohort);
        List<UUID> fresh =
                userIds.stream().distinct().filter(id -> !already.contains(id)).toList();
        long taken = activeCount(cohort);
        if (taken + fresh.size() > cohort.capacity) {
            throw full("enrolling " + fresh.size() + " more would exceed the capacity of " + cohort.capacity + " ("
                    + taken + " enrolled); nothing was enrolled");
        }
        Instant now = Moment.now();
        List<EnrollmentView> items = new ArrayList<>();
        for (UUID id : fresh) {
            UserView person = people.get(id);
            items.add(view(persist(cohort, person, now), person));
        }
        return new Batch(fresh.size(), userIds.size() - fresh.size(), items);
    }

    /** What enrolling one person of a list came to; the list's others are not affected. */
    public enum Outcome {
        ENROLLED,
        ALREADY_ENROLLED,
        COHORT_FULL,
        NOT_ELIGIBLE
    }

    /**
     * Enrols each person on their own, in the order given, until the cohort is full: unlike
     * {@link #enrollAll}, a full cohort refuses only the ones that do not fit. Unscoped — the caller
     * (a roadmap) has checked who may do this; the cohort must be of the centre.
     */
    @Transactional
    public Map<UUID, Outcome> enrollEach(UUID centerId, UUID cohortId, List<UUID> userIds) {
        Cohort cohort = Cohort.<Cohort>find("id = ?1 and centerId = ?2", cohortId, centerId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("cohort " + cohortId));
        lockForCapacity(cohort);
        Map<UUID, UserView> people = users.findAllInCenter(centerId, userIds);
        Set<UUID> already = enrolledUserIds(cohort);
        long free = cohort.status == CohortStatus.CANCELLED ? 0 : cohort.capacity - activeCount(cohort);
        Instant now = Moment.now();
        Map<UUID, Outcome> outcomes = new LinkedHashMap<>();
        for (UUID id : userIds) {
            UserView person = people.get(id);
            Outcome outcome;
            if (already.contains(id)) {
                outcome = Outcome.ALREADY_ENROLLED;
            } else if (person == null || !person.active() || !enrollable(person)) {
                outcome = Outcome.NOT_ELIGIBLE;
            } else if (free <= 0) {
                outcome = Outcome.COHORT_FULL;
            } else {
                persist(cohort, person, now);
                already.add(id);
                free--;
                outcome = Outcome.ENROLLED;
            }
            outcomes.putIfAbsent(id, outcome);
        }
        return outcomes;
    }

    /** People picked one by one on a page: each must be a learner (or CEO) of the centre; all or nothing. */
    @Transactional
    public Batch enrollPicked(Caller caller, String cohortId, List<String> userIds) {
        cohorts.manageable(caller, cohortId);
        List<UUID> ids = new ArrayList<>();
        for (String id : userIds == null ? List.<String>of() : userIds) {
            ids.add(Ids.parse(id)
                    .orElseThrow(() -> ProblemException.invalid(
                            List.of(FieldError.coded("userIds", "unknown-value", "'" + id + "' is not an id")))));
        }
        if (ids.isEmpty()) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("userIds", "required", "choose at least one person")));
        }
        Map<UUID, UserView> people = users.findAllInCenter(caller.centerId(), ids);
        for (UUID id : ids) {
            UserView person = people.get(id);
            if (person == null || !enrollable(person)) {
                throw ProblemException.invalid(List.of(
                        FieldError.coded("userIds", "not-a-learner", id + " is not a learner or CEO of the centre")));
            }
        }
        return enrollAll(caller, cohortId, ids);
    }

    /** Everyone with the LEARNER role at a company (optionally one department). */
    @Transactional
    public Batch enrollCompany(Caller caller, String cohortId, CompanyEnrollmentRequest request) {
        cohorts.manageable(caller, cohortId);
        if (request == null
                || request.companyId() == null
                || request.companyId().isBlank()) {
            throw ProblemException.invalid(List.of(FieldError.coded("companyId", "required", "companyId is required")));
        }
        UUID companyId = Ids.parse(request.companyId())
                .filter(id -> companies.findInCenter(caller.centerId(), id).isPresent())
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                        "companyId", "unknown-company", "no partner company of the centre has this id"))));
        List<UUID> ids = users.employees(caller.centerId(), companyId, request.department()).stream()
                .map(u -> UUID.fromString(u.id()))
                .toList();
        if (ids.isEmpty()) {
            throw ProblemException.invalid(List.of(FieldError.coded(
                    "department",
                    "invalid",
                    "no learner of this company" + (request.department() == null ? "" : " in this department"))));
        }
        return enrollAll(caller, cohortId, ids);
    }

    /** The enrolments the caller sees: all (the cohort's team), their employees' and their own (a CEO), their own. */
    public List<EnrollmentView> enrollments(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        Sight sight = access.employerSight(caller, cohort);
        List<Enrollment> found;
        if (sight.everyone()) {
            found = Enrollment.list("cohortId", Sort.by("enrolledAt").and("id"), cohort.id());
        } else if (sight.company() != null) {
            found = Enrollment.list(
                    "cohortId = ?1 and (companyId = ?2 or userId = ?3)",
                    Sort.by("enrolledAt"),
                    cohort.id(),
                    sight.company(),
                    sight.self());
        } else {
            found = Enrollment.list("cohortId = ?1 and userId = ?2", cohort.id(), sight.self());
        }
        List<EnrollmentView> views = views(cohort.centerId(), found);
        reads.record(
                caller,
                ReadKind.ENROLMENTS,
                cohort.id(),
                views.stream().map(EnrollmentView::userId).toList());
        return views;
    }

    @Transactional
    public EnrollmentView withdraw(Caller caller, String cohortId, String userId, WithdrawalRequest request) {
        Cohort cohort = cohorts.manageable(caller, cohortId);
        List<FieldError> errors = request == null
                ? List.of(FieldError.coded("reason", "required", "a reason is required"))
                : FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Enrollment enrollment = Ids.parse(userId)
                .flatMap(uuid -> Enrollment.<Enrollment>find("cohortId = ?1 and userId = ?2", cohort.id, uuid)
                        .<Enrollment>firstResultOptional())
                .orElseThrow(() -> ProblemException.notFound("enrolment of " + userId));
        if (enrollment.status != EnrollmentStatus.WITHDRAWN) {
            enrollment.status = EnrollmentStatus.WITHDRAWN;
            enrollment.withdrawnAt = Moment.now();
            enrollment.withdrawalReason = request.reason().trim();
        }
        return view(enrollment, users.findById(enrollment.userId).orElse(null));
    }

    /** Everyone enrolled in the cohort (withdrawn too), with names, for attendance lists. Unscoped: callers check. */
    public List<EnrollmentView> enrollmentsOf(UUID cohortId, UUID centerId) {
        return views(centerId, Enrollment.list("cohortId", Sort.by("enrolledAt").and("id"), cohortId));
    }

    /** Whether the person has an enrolment in the cohort, withdrawn or not (their records stay correctable). */
    public boolean hasEnrollment(UUID cohortId, UUID userId) {
        return Enrollment.count("cohortId = ?1 and userId = ?2", cohortId, userId) > 0;
    }

    /**
     * Writes the results frozen at a cohort's close into its enrolments (COMPLETED or NOT_COMPLETED),
     * or, with an empty map, puts them back to ENROLLED when it is reopened. Withdrawals stay.
     */
    @Transactional
    public void recordResults(UUID cohortId, Map<UUID, EnrollmentStatus> results) {
        for (Enrollment e :
                Enrollment.<Enrollment>list("cohortId = ?1 and status <> ?2", cohortId, EnrollmentStatus.WITHDRAWN)) {
            e.status = results.getOrDefault(e.userId, EnrollmentStatus.ENROLLED);
        }
    }

    /** Whether the person is enrolled (not withdrawn) in the cohort. */
    public boolean isEnrolledIn(UUID cohortId, UUID userId) {
        return Enrollment.count(
                        "cohortId = ?1 and userId = ?2 and status <> ?3", cohortId, userId, EnrollmentStatus.WITHDRAWN)
                > 0;
    }

    /** Everyone with an enrolment in the cohort, withdrawn too (they are not enrolled again). */
    private Set<UUID> enrolledUserIds(Cohort cohort) {
        return new HashSet<>(em.createQuery("select e.userId from Enrollment e where e.cohortId = :c", UUID.class)
                .setParameter("c", cohort.id)
                .getResultList());
    }

    /** Serialises enrolments of one cohort, so capacity holds under concurrent requests. */
    private void lockForCapacity(Cohort cohort) {
        em.find(Cohort.class, cohort.id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static long activeCount(Cohort cohort) {
        return Enrollment.count("cohortId = ?1 and status <> ?2", cohort.id, EnrollmentStatus.WITHDRAWN);
    }

    private static Enrollment persist(Cohort cohort, UserView person, Instant at) {
        Enrollment enrollment = new Enrollment();
        enrollment.cohortId = cohort.id;
        enrollment.userId = UUID.fromString(person.id());
        enrollment.companyId = person.companyId() == null ? null : UUID.fromString(person.companyId());
        enrollment.status = EnrollmentStatus.ENROLLED;
        enrollment.enrolledAt = at;
        enrollment.persist();
        return enrollment;
    }

    private static ProblemException full(String detail) {
        return new ProblemException(409, "cohort-full", "Cohort full", detail, null);
    }

    private List<EnrollmentView> views(UUID centerId, List<Enrollment> found) {
        Map<UUID, UserView> people = users.findAllInCenter(
                centerId, found.stream().map(e -> e.userId).toList());
        return found.stream().map(e -> view(e, people.get(e.userId))).toList();
    }

    private static EnrollmentView view(Enrollment e, UserView person) {
        return new EnrollmentView(
                e.id.toString(),
                e.cohortId.toString(),
                e.userId.toString(),
                person == null ? null : person.name(),
                e.companyId == null ? null : e.companyId.toString(),
                person == null ? null : person.department(),
                e.status,
                e.enrolledAt,
                e.withdrawnAt,
                e.withdrawalReason);
    }
}
