package kr.axcampus.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.access.CohortAudience;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.dto.CohortFilter;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Cidr;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Cohorts themselves: operators create them; everyone reads only the cohorts in their scope
 * (the access class says which), and other features get a {@link CohortScope} once the caller's
 * right to the cohort is checked. Enrolments are {@link EnrollmentService}'s, sessions
 * {@link SessionService}'s.
 */
@ApplicationScoped
public class CohortService {
    private final CatalogService catalog;
    private final UserService users;
    private final CohortViews views;
    private final Access access;
    private final Validator validator;
    private final CentreTime time;
    private final CohortScopes scopes;

    public CohortService(
            CatalogService catalog,
            UserService users,
            CohortViews views,
            Access access,
            Validator validator,
            CentreTime time,
            CohortScopes scopes) {
        this.scopes = scopes;
        this.time = time;
        this.catalog = catalog;
        this.users = users;
        this.views = views;
        this.access = access;
        this.validator = validator;
    }

    @Transactional
    public CohortView create(Caller caller, CohortRequest request) {
        Checked checked = check(caller, request);
        requireUniqueCode(caller, request.code().trim(), null);
        Cohort cohort = new Cohort();
        cohort.centerId = caller.centerId();
        cohort.status = CohortStatus.PLANNED;
        apply(cohort, request, checked);
        cohort.persist();
        return views.of(List.of(cohort)).get(0);
    }

    /**
     * Changes a cohort (operators only). The course is fixed once sessions are scheduled, and the
     * capacity cannot fall below the learners already enrolled.
     */
    @Transactional
    public CohortView update(Caller caller, String id, CohortRequest request) {
        Cohort cohort = visible(caller, id);
        if (!access.operates(caller)) {
            throw Access.forbidden("only the centre's operators may change a cohort");
        }
        Checked checked = check(caller, request);
        requireUniqueCode(caller, request.code().trim(), cohort.id);
        if (!checked.course().id().equals(cohort.courseId) && CohortSession.count("cohortId", cohort.id) > 0) {
            throw ProblemException.conflict(
                    "course-fixed", "the cohort has sessions; its course can no longer change", "courseCode");
        }
        long enrolled = Enrollment.count("cohortId = ?1 and status <> ?2", cohort.id, EnrollmentStatus.WITHDRAWN);
        if (request.capacity() < enrolled) {
            throw ProblemException.conflict(
                    "capacity-below-enrolled",
                    enrolled + " learners are enrolled; the capacity cannot be less",
                    "capacity");
        }
        apply(cohort, request, checked);
        return views.of(List.of(cohort)).get(0);
    }

    private record Checked(CourseRef course, Set<UUID> instructors) {}

    private Checked check(Caller caller, CohortRequest request) {
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
            if (!Cidr.isValid(network)) {
                errors.add(FieldError.coded(
                        "allowedNetworks", "invalid", "'" + network + "' is not a CIDR block such as 203.0.113.0/24"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Checked(course, instructors);
    }

    private static void requireUniqueCode(Caller caller, String code, UUID except) {
        boolean taken = Cohort.count(
                        "centerId = ?1 and code = ?2 and id <> ?3",
                        caller.centerId(),
                        code,
                        except == null ? new UUID(0, 0) : except)
                > 0;
        if (taken) {
            throw ProblemException.conflict(
                    "duplicate-cohort-code", "a cohort with code " + code + " already exists", "code");
        }
    }

    private static void apply(Cohort cohort, CohortRequest request, Checked checked) {
        cohort.courseId = checked.course().id();
        cohort.code = request.code().trim();
        cohort.startDate = request.startDate();
        cohort.endDate = request.endDate();
        cohort.capacity = request.capacity();
        cohort.mode = request.mode();
        cohort.instructorIds.retainAll(checked.instructors());
        cohort.instructorIds.addAll(checked.instructors());
        cohort.allowedNetworks = networks(request.allowedNetworks()).toArray(String[]::new);
    }

    private static List<String> networks(List<String> networks) {
        return networks == null
                ? List.of()
                : networks.stream().map(String::trim).distinct().toList();
    }

    /** The people named as instructors must be instructors of the centre. */
    private Set<UUID> instructors(Caller caller, List<String> ids, List<FieldError> errors) {
        Set<UUID> found = new LinkedHashSet<>();
        if (ids == null) {
            return found;
        }
        List<UUID> parsed = Ids.parseAll(ids, "instructorIds", "invalid", errors);
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
        return list(caller, CohortFilter.ALL, page);
    }

    /** The caller's cohorts narrowed by status (by the dates, as the views show it), course and instructor. */
    public PageResult<CohortView> list(Caller caller, CohortFilter filter, PageRequest page) {
        CohortAudience audience = access.cohorts(caller);
        StringBuilder where = new StringBuilder("centerId = :center");
        Parameters parameters = Parameters.with("center", audience.centerId());
        if (!audience.wholeCentre()) {
            List<UUID> visible = scopes.visibleIds(audience);
            if (visible.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(" and id in :visible");
            parameters = parameters.and("visible", visible);
        }
        if (filter.status() != null) {
            where.append(" and ").append(statusCondition(filter.status()));
            parameters = filter.status() == CohortStatus.CANCELLED
                    ? parameters.and("cancelled", CohortStatus.CANCELLED)
                    : parameters.and("cancelled", CohortStatus.CANCELLED).and("today", time.today());
        }
        if (filter.courseCode() != null && !filter.courseCode().isBlank()) {
            where.append(" and courseId = :course");
            parameters = parameters.and(
                    "course",
                    catalog.findCourse(filter.courseCode().trim())
                            .map(CourseRef::id)
                            .orElse(new UUID(0, 0)));
        }
        if (filter.instructorId() != null && !filter.instructorId().isBlank()) {
            where.append(" and :instructor member of instructorIds");
            parameters = parameters.and(
                    "instructor", Ids.parse(filter.instructorId()).orElse(new UUID(0, 0)));
        }
        var query = Cohort.<Cohort>find(
                        where.toString(), Sort.by("startDate").descending().and("code"), parameters)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(views.of(query.list()), page.page(), page.size(), query.count());
    }

    private static String statusCondition(CohortStatus status) {
        return switch (status) {
            case CANCELLED -> "status = :cancelled";
            case PLANNED -> "status <> :cancelled and startDate > :today";
            case RUNNING -> "status <> :cancelled and startDate <= :today and endDate >= :today";
            case FINISHED -> "status <> :cancelled and endDate < :today";
        };
    }

    public CohortView get(Caller caller, String id) {
        return views.of(List.of(visible(caller, id))).get(0);
    }

    /** A cohort by its code, for start-up data. */
    public Optional<CohortView> findByCode(UUID centerId, String code) {
        return Cohort.<Cohort>find("centerId = ?1 and code = ?2", centerId, code)
                .firstResultOptional()
                .map(c -> views.of(List.of(c)).get(0));
    }

    /** Cohorts of a course that have not ended, for the course page. */
    public List<CohortView> upcoming(UUID centerId, UUID courseId, LocalDate today) {
        return views.of(Cohort.list(
                "centerId = ?1 and courseId = ?2 and endDate >= ?3 and status <> ?4",
                Sort.by("startDate"),
                centerId,
                courseId,
                today,
                CohortStatus.CANCELLED));
    }

    /** What other features need of a cohort the caller may see (404 otherwise). */
    public CohortScope scope(Caller caller, String id) {
        CohortAudience audience = access.cohorts(caller);
        return Ids.parse(id)
                .flatMap(uuid -> scopes.visible(audience, uuid))
                .orElseThrow(() -> ProblemException.notFound("cohort " + id));
    }

    /** A cohort of the centre as other features see it, unscoped: the caller has checked why they may. */
    public Optional<CohortScope> scopeInCenter(UUID centerId, UUID cohortId) {
        return Cohort.<Cohort>find("id = ?1 and centerId = ?2", cohortId, centerId)
                .<Cohort>firstResultOptional()
                .map(CohortService::scopeOf);
    }

    /** Several cohorts of the centre by id, unscoped (a roadmap naming its target cohorts). */
    public Map<UUID, CohortScope> scopesInCenter(UUID centerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CohortScope> found = new HashMap<>();
        Cohort.<Cohort>list("centerId = ?1 and id in ?2", centerId, List.copyOf(new HashSet<>(ids)))
                .forEach(c -> found.put(c.id, scopeOf(c)));
        return found;
    }

    /** Cohorts of the centre that have not ended and are not cancelled, unscoped: what a plan may aim at. */
    public List<CohortView> openInCenter(UUID centerId, LocalDate today) {
        return views.of(Cohort.list(
                "centerId = ?1 and endDate >= ?2 and status <> ?3",
                Sort.by("startDate").and("code"),
                centerId,
                today,
                CohortStatus.CANCELLED));
    }

    /**
     * Every centre's cohorts whose learners' standing can still change: not cancelled, finished or
     * closed, begun, and ended at most {@code settleDays} ago (corrections come in after the end).
     * Unscoped, for the jobs that watch them.
     */
    public List<CohortScope> inProgress(Instant now, LocalDate today, int settleDays) {
        return Cohort.<Cohort>list(
                        "from Cohort c where c.status not in ?1 and c.closedAt is null and c.endDate >= ?2"
                                + " and exists (select 1 from CohortSession s where s.cohortId = c.id and s.startsAt <= ?3)",
                        List.of(CohortStatus.CANCELLED, CohortStatus.FINISHED),
                        today.minusDays(settleDays),
                        now)
                .stream()
                .map(CohortService::scopeOf)
                .toList();
    }

    /** The cohorts whose work the caller reviews: every cohort of the centre for operators, else those they teach. */
    public List<CohortScope> taughtBy(Caller caller) {
        List<Cohort> found = access.operates(caller)
                ? Cohort.list("centerId", Sort.by("startDate"), caller.centerId())
                : Cohort.list(
                        "centerId = :center and :me member of instructorIds",
                        Sort.by("startDate"),
                        Parameters.with("center", caller.centerId()).and("me", caller.id()));
        return found.stream().map(CohortService::scopeOf).toList();
    }

    /**
     * The instructor of the person's latest cohort (by start date) that has one: who coached them in
     * training, and so the coach a coaching request of theirs goes to unless an operator says otherwise.
     */
    public Optional<UUID> lastInstructorOf(UUID centerId, UUID userId) {
        return Cohort.<Cohort>find(
                        "select c from Cohort c, Enrollment e where e.cohortId = c.id and e.userId = ?1 "
                                + "and c.centerId = ?2 and c.instructorIds is not empty "
                                + "order by c.startDate desc, c.code",
                        userId,
                        centerId)
                .firstResultOptional()
                .map(c -> c.instructorIds.stream().sorted().findFirst().orElseThrow());
    }

    /** The cohort if the caller may see it (404 otherwise), for the cohort's other parts. */
    Cohort visible(Caller caller, String id) {
        CohortAudience audience = access.cohorts(caller);
        return Ids.parse(id)
                .flatMap(uuid -> scopes.visible(audience, uuid))
                .flatMap(scope -> Cohort.<Cohort>findByIdOptional(scope.id()))
                .orElseThrow(() -> ProblemException.notFound("cohort " + id));
    }

    /** Operators and the cohort's own instructors; others who can see the cohort get 403. */
    Cohort manageable(Caller caller, String id) {
        Cohort cohort = visible(caller, id);
        access.requireRunning(
                caller, scopeOf(cohort), "only the centre's operators and the cohort's instructors may do this");
        return cohort;
    }

    static CohortScope scopeOf(Cohort cohort) {
        return new CohortScope(
                cohort.id,
                cohort.centerId,
                cohort.courseId,
                cohort.code,
                Set.copyOf(cohort.instructorIds),
                cohort.startDate,
                cohort.endDate);
    }
}
