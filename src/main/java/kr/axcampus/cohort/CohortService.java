package kr.axcampus.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.WithdrawalRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Cohorts and their enrolments. Operators create cohorts; operators and the
 * cohort's instructors enrol and withdraw learners. Everyone reads only cohorts in
 * their scope: the ones they teach, attend, or (CEOs) where their employees are.
 */
@ApplicationScoped
public class CohortService {
    private final CatalogService catalog;
    private final UserService users;
    private final kr.axcampus.organization.CompanyService companies;
    private final Validator validator;
    private final EntityManager em;

    public CohortService(
            CatalogService catalog,
            UserService users,
            kr.axcampus.organization.CompanyService companies,
            Validator validator,
            EntityManager em) {
        this.catalog = catalog;
        this.users = users;
        this.companies = companies;
        this.validator = validator;
        this.em = em;
    }

    @Transactional
    public CohortView create(Caller caller, CohortRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a cohort is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        CourseRef course = null;
        if (request.courseCode() != null && !request.courseCode().isBlank()) {
            course = catalog.findCourse(request.courseCode())
                    .filter(c -> !c.archived())
                    .orElse(null);
            if (course == null) {
                errors.add(FieldError.coded("courseCode", "unknown-value", "no active course has this code"));
            }
        }
        if (request.startDate() != null
                && request.endDate() != null
                && request.endDate().isBefore(request.startDate())) {
            errors.add(FieldError.coded("endDate", "date-order", "must not be before startDate"));
        }
        Set<UUID> instructors = instructors(caller, request.instructorIds(), errors);
        for (String network : request.allowedNetworks() == null ? List.<String>of() : request.allowedNetworks()) {
            if (!kr.axcampus.common.Cidr.isValid(network)) {
                errors.add(FieldError.coded(
                        "allowedNetworks", "invalid", "'" + network + "' is not a CIDR block such as 203.0.113.0/24"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Cohort.count(
                        "centerId = ?1 and code = ?2",
                        caller.centerId(),
                        request.code().trim())
                > 0) {
            throw ProblemException.conflict(
                    "duplicate-cohort-code",
                    "a cohort with code " + request.code().trim() + " already exists",
                    "code");
        }
        Cohort cohort = new Cohort();
        cohort.centerId = caller.centerId();
        cohort.courseId = course.id();
        cohort.code = request.code().trim();
        cohort.startDate = request.startDate();
        cohort.endDate = request.endDate();
        cohort.capacity = request.capacity();
        cohort.mode = request.mode();
        cohort.status = CohortStatus.PLANNED;
        cohort.instructorIds = instructors;
        cohort.allowedNetworks = networks(request.allowedNetworks()).toArray(String[]::new);
        cohort.persist();
        return views(List.of(cohort)).get(0);
    }

    private static List<String> networks(List<String> networks) {
        return networks == null
                ? List.of()
                : networks.stream().map(String::trim).distinct().toList();
    }

    private Set<UUID> instructors(Caller caller, List<String> ids, List<FieldError> errors) {
        Set<UUID> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        List<UUID> parsed = new ArrayList<>();
        for (String id : ids) {
            Ids.parse(id)
                    .ifPresentOrElse(
                            parsed::add,
                            () -> errors.add(
                                    FieldError.coded("instructorIds", "invalid", "'" + id + "' is not an id")));
        }
        Map<UUID, UserView> people = users.findAllInCenter(caller.centerId(), parsed);
        for (UUID id : parsed) {
            UserView person = people.get(id);
            if (person == null || !person.roles().contains(Role.INSTRUCTOR.name())) {
                errors.add(
                        FieldError.coded("instructorIds", "unknown-value", id + " is not an instructor of the centre"));
            } else {
                found.add(id);
            }
        }
        return found;
    }

    public PageResult<CohortView> list(Caller caller, PageRequest page) {
        var query = Cohort.<Cohort>find(
                        "centerId = :center and (" + scopeCondition(caller) + ")",
                        Sort.by("startDate").descending().and("code"),
                        scopeParameters(caller))
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(views(query.list()), page.page(), page.size(), query.count());
    }

    public CohortView get(Caller caller, String id) {
        return views(List.of(visible(caller, id))).get(0);
    }

    /** Enrols a learner; enrolling again answers the existing enrolment ({@code created} false). */
    @Transactional
    public Enrolled enroll(Caller caller, String cohortId, EnrollmentRequest request) {
        Cohort cohort = manageable(caller, cohortId);
        if (request == null) {
            throw ProblemException.invalid("body", "userId is required");
        }
        List<FieldError> errors = FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        UserView learner = Ids.parse(request.userId())
                .flatMap(uuid -> users.findInCenter(caller.centerId(), uuid))
                .orElseThrow(() -> ProblemException.invalid(
                        List.of(FieldError.coded("userId", "unknown-value", "no person of the centre has this id"))));
        if (!learner.roles().contains(Role.LEARNER.name()) && !learner.roles().contains(Role.CEO.name())) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("userId", "not-a-learner", "only learners and CEOs can be enrolled")));
        }
        // Serialises enrolments of one cohort, so capacity holds under concurrent requests.
        em.find(Cohort.class, cohort.id, LockModeType.PESSIMISTIC_WRITE);
        UUID userId = UUID.fromString(learner.id());
        Enrollment existing = Enrollment.find("cohortId = ?1 and userId = ?2", cohort.id, userId)
                .firstResult();
        if (existing != null) {
            return new Enrolled(view(existing, learner), false);
        }
        long taken = Enrollment.count("cohortId = ?1 and status <> ?2", cohort.id, EnrollmentStatus.WITHDRAWN);
        if (taken >= cohort.capacity) {
            throw new ProblemException(
                    409,
                    "cohort-full",
                    "Cohort full",
                    "cohort " + cohort.code + " is full (" + cohort.capacity + " places)",
                    null);
        }
        Enrollment enrollment = new Enrollment();
        enrollment.cohortId = cohort.id;
        enrollment.userId = userId;
        enrollment.companyId = learner.companyId() == null ? null : UUID.fromString(learner.companyId());
        enrollment.status = EnrollmentStatus.ENROLLED;
        enrollment.enrolledAt = Instant.now();
        enrollment.persist();
        return new Enrolled(view(enrollment, learner), true);
    }

    public record Enrolled(EnrollmentView enrollment, boolean created) {}

    /** Result of enrolling several people at once: who was added, who already was. */
    public record Batch(int created, int existing, List<EnrollmentView> items) {}

    /**
     * Enrols several learners at once, all or nothing: every one must be a learner (or CEO) of
     * the centre, and the new ones must fit the capacity. {@code labels} name each person for errors
     * (a CSV line, an email).
     */
    @Transactional
    public Batch enrollAll(Caller caller, String cohortId, List<UUID> userIds) {
        Cohort cohort = manageable(caller, cohortId);
        em.find(Cohort.class, cohort.id, LockModeType.PESSIMISTIC_WRITE);
        Map<UUID, UserView> people = users.findAllInCenter(caller.centerId(), userIds);
        Set<UUID> already = new java.util.HashSet<>(
                em.createQuery("select e.userId from Enrollment e where e.cohortId = :c", UUID.class)
                        .setParameter("c", cohort.id)
                        .getResultList());
        List<UUID> fresh =
                userIds.stream().distinct().filter(id -> !already.contains(id)).toList();
        long taken = Enrollment.count("cohortId = ?1 and status <> ?2", cohort.id, EnrollmentStatus.WITHDRAWN);
        if (taken + fresh.size() > cohort.capacity) {
            throw new ProblemException(
                    409,
                    "cohort-full",
                    "Cohort full",
                    "enrolling " + fresh.size()
                            + " more would exceed the capacity of " + cohort.capacity + " (" + taken
                            + " enrolled); nothing "
                            + "was enrolled",
                    null);
        }
        Instant now = Instant.now();
        List<EnrollmentView> items = new ArrayList<>();
        for (UUID id : fresh) {
            UserView person = people.get(id);
            Enrollment enrollment = new Enrollment();
            enrollment.cohortId = cohort.id;
            enrollment.userId = id;
            enrollment.companyId = person.companyId() == null ? null : UUID.fromString(person.companyId());
            enrollment.status = EnrollmentStatus.ENROLLED;
            enrollment.enrolledAt = now;
            enrollment.persist();
            items.add(view(enrollment, person));
        }
        return new Batch(fresh.size(), userIds.size() - fresh.size(), items);
    }

    /** Everyone with the LEARNER role at a company (optionally one department). */
    @Transactional
    public Batch enrollCompany(
            Caller caller, String cohortId, kr.axcampus.cohort.dto.CompanyEnrollmentRequest request) {
        manageable(caller, cohortId);
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

    public List<EnrollmentView> enrollments(Caller caller, String cohortId) {
        Cohort cohort = visible(caller, cohortId);
        List<Enrollment> found;
        if (caller.isAdmin() || cohort.instructorIds.contains(caller.id())) {
            found = Enrollment.list("cohortId", Sort.by("enrolledAt").and("id"), cohort.id);
        } else if (caller.has(Role.CEO) && caller.companyId() != null) {
            found = Enrollment.list(
                    "cohortId = ?1 and (companyId = ?2 or userId = ?3)",
                    Sort.by("enrolledAt"),
                    cohort.id,
                    caller.companyId(),
                    caller.id());
        } else {
            found = Enrollment.list("cohortId = ?1 and userId = ?2", cohort.id, caller.id());
        }
        Map<UUID, UserView> people = users.findAllInCenter(
                caller.centerId(), found.stream().map(e -> e.userId).toList());
        return found.stream().map(e -> view(e, people.get(e.userId))).toList();
    }

    @Transactional
    public EnrollmentView withdraw(Caller caller, String cohortId, String userId, WithdrawalRequest request) {
        Cohort cohort = manageable(caller, cohortId);
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
            enrollment.withdrawnAt = Instant.now();
            enrollment.withdrawalReason = request.reason().trim();
        }
        return view(enrollment, users.findById(enrollment.userId).orElse(null));
    }

    /** A cohort by its code, for start-up data. */
    public java.util.Optional<CohortView> findByCode(UUID centerId, String code) {
        return Cohort.<Cohort>find("centerId = ?1 and code = ?2", centerId, code)
                .firstResultOptional()
                .map(c -> views(List.of(c)).get(0));
    }

    /** Cohorts of a course that have not ended, for the course page. */
    public List<CohortView> upcoming(UUID centerId, UUID courseId, java.time.LocalDate today) {
        return views(Cohort.list(
                "centerId = ?1 and courseId = ?2 and endDate >= ?3 and status <> ?4",
                Sort.by("startDate"),
                centerId,
                courseId,
                today,
                CohortStatus.CANCELLED));
    }

    public boolean isEnrolled(UUID userId, UUID courseId) {
        return Enrollment.count(
                        "userId = ?1 and status <> ?2 and cohortId in "
                                + "(select c.id from Cohort c where c.courseId = ?3)",
                        userId,
                        EnrollmentStatus.WITHDRAWN,
                        courseId)
                > 0;
    }

    public List<UUID> enrolledCourses(UUID userId) {
        return em.createQuery(
                        "select distinct c.courseId from Cohort c, Enrollment e where e.cohortId = c.id "
                                + "and e.userId = :user and e.status <> :withdrawn",
                        UUID.class)
                .setParameter("user", userId)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .getResultList();
    }

    /** What other features need of a cohort the caller may see (404 otherwise). */
    public CohortScope scope(Caller caller, String id) {
        Cohort cohort = visible(caller, id);
        return new CohortScope(
                cohort.id,
                cohort.centerId,
                cohort.courseId,
                cohort.code,
                Set.copyOf(cohort.instructorIds),
                cohort.startDate,
                cohort.endDate);
    }

    /** The cohorts whose work the caller reviews: every cohort of the centre for operators, else those they teach. */
    public List<CohortScope> taughtBy(Caller caller) {
        List<Cohort> found = caller.isAdmin()
                ? Cohort.list("centerId", Sort.by("startDate"), caller.centerId())
                : Cohort.list(
                        "centerId = :center and :me member of instructorIds",
                        Sort.by("startDate"),
                        Parameters.with("center", caller.centerId()).and("me", caller.id()));
        return found.stream()
                .map(c -> new CohortScope(
                        c.id, c.centerId, c.courseId, c.code, Set.copyOf(c.instructorIds), c.startDate, c.endDate))
                .toList();
    }

    /** Everyone enrolled in the cohort (withdrawn too), with names, for attendance lists. Unscoped: callers check. */
    public List<EnrollmentView> enrollmentsOf(UUID cohortId, UUID centerId) {
        List<Enrollment> found =
                Enrollment.list("cohortId", Sort.by("enrolledAt").and("id"), cohortId);
        Map<UUID, UserView> people = users.findAllInCenter(
                centerId, found.stream().map(e -> e.userId).toList());
        return found.stream().map(e -> view(e, people.get(e.userId))).toList();
    }

    /** Whether the person has an enrolment in the cohort, withdrawn or not (their records stay correctable). */
    public boolean hasEnrollment(UUID cohortId, UUID userId) {
        return Enrollment.count("cohortId = ?1 and userId = ?2", cohortId, userId) > 0;
    }

    /** Whether the person is enrolled (not withdrawn) in the cohort. */
    public boolean isEnrolledIn(UUID cohortId, UUID userId) {
        return Enrollment.count(
                        "cohortId = ?1 and userId = ?2 and status <> ?3", cohortId, userId, EnrollmentStatus.WITHDRAWN)
                > 0;
    }

    /** The cohort if the caller may see it (404 otherwise), for the cohort's other parts. */
    Cohort visible(Caller caller, String id) {
        Cohort cohort = Ids.parse(id)
                .flatMap(uuid -> Cohort.<Cohort>find(
                                "id = :id and centerId = :center and (" + scopeCondition(caller) + ")",
                                scopeParameters(caller).and("id", uuid))
                        .<Cohort>firstResultOptional())
                .orElse(null);
        if (cohort == null) {
            throw ProblemException.notFound("cohort " + id);
        }
        return cohort;
    }

    /** Operators and the cohort's own instructors; others who can see the cohort get 403. */
    Cohort manageable(Caller caller, String id) {
        Cohort cohort = visible(caller, id);
        if (!caller.isAdmin() && !cohort.instructorIds.contains(caller.id())) {
            throw new ProblemException(
                    403,
                    "forbidden",
                    "Forbidden",
                    "only the centre's operators and the cohort's instructors may do this",
                    null);
        }
        return cohort;
    }

    private static String scopeCondition(Caller caller) {
        if (caller.isAdmin()) {
            return "true = true";
        }
        StringBuilder scope = new StringBuilder(
                ":me member of instructorIds" + " or id in (select e.cohortId from Enrollment e where e.userId = :me)");
        if (caller.has(Role.CEO) && caller.companyId() != null) {
            scope.append(" or id in (select e.cohortId from Enrollment e where e.companyId = :company)");
        }
        return scope.toString();
    }

    private static Parameters scopeParameters(Caller caller) {
        Parameters parameters = Parameters.with("center", caller.centerId());
        if (!caller.isAdmin()) {
            parameters = parameters.and("me", caller.id());
            if (caller.has(Role.CEO) && caller.companyId() != null) {
                parameters = parameters.and("company", caller.companyId());
            }
        }
        return parameters;
    }

    private List<CohortView> views(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = cohorts.stream().map(c -> c.id).toList();
        Map<UUID, long[]> counts = new HashMap<>();
        em.createQuery(
                        "select e.cohortId as cohort, sum(case when e.status <> :withdrawn then 1 else 0 end) as active, "
                                + "sum(case when e.status = :withdrawn then 1 else 0 end) as withdrawn "
                                + "from Enrollment e where e.cohortId in :ids group by e.cohortId",
                        Tuple.class)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(t -> counts.put(
                        t.get("cohort", UUID.class),
                        new long[] {t.get("active", Long.class), t.get("withdrawn", Long.class)}));
        Map<UUID, CourseRef> courses =
                catalog.findCourses(cohorts.stream().map(c -> c.courseId).toList());
        Set<UUID> instructorIds = new LinkedHashSet<>();
        cohorts.forEach(c -> instructorIds.addAll(c.instructorIds));
        UUID centerId = cohorts.get(0).centerId;
        Map<UUID, UserView> instructors = users.findAllInCenter(centerId, instructorIds);
        return cohorts.stream()
                .map(c -> {
                    CourseRef course = courses.get(c.courseId);
                    long[] count = counts.getOrDefault(c.id, new long[2]);
                    List<CohortView.Person> people = c.instructorIds.stream()
                            .map(instructors::get)
                            .filter(p -> p != null)
                            .map(p -> new CohortView.Person(p.id(), p.name()))
                            .sorted(java.util.Comparator.comparing(CohortView.Person::name))
                            .toList();
                    return new CohortView(
                            c.id.toString(),
                            course.code(),
                            course.title(),
                            course.titleEn(),
                            c.code,
                            c.startDate,
                            c.endDate,
                            c.capacity,
                            c.mode,
                            c.status,
                            c.instructorIds.stream()
                                    .map(UUID::toString)
                                    .sorted()
                                    .toList(),
                            people,
                            count[0],
                            count[1],
                            List.of(c.allowedNetworks));
                })
                .toList();
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
