package kr.axcampus.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.diagnosis.dto.BottleneckRequest;
import kr.axcampus.diagnosis.dto.BottleneckView;
import kr.axcampus.diagnosis.dto.EnrollmentResults;
import kr.axcampus.diagnosis.dto.RoadmapItemRequest;
import kr.axcampus.diagnosis.dto.RoadmapItemView;
import kr.axcampus.diagnosis.dto.Suggestion;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * What the diagnosis finds and plans: the bottlenecks (while the diagnosis is a draft), the courses
 * that match them, the roadmap's items (until sign-off) and turning an item into enrolments through
 * the cohort's rules.
 */
@ApplicationScoped
public class RoadmapService {
    private static final List<DiagnosisStatus> ROADMAP_OPEN = List.of(DiagnosisStatus.DRAFT, DiagnosisStatus.SUBMITTED);

    private final DiagnosisService diagnoses;
    private final DiagnosisViews views;
    private final CatalogService catalog;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final UserService users;
    private final Access access;
    private final Validator validator;
    private final EntityManager em;

    public RoadmapService(
            DiagnosisService diagnoses,
            DiagnosisViews views,
            CatalogService catalog,
            CohortService cohorts,
            EnrollmentService enrollments,
            UserService users,
            Access access,
            Validator validator,
            EntityManager em) {
        this.diagnoses = diagnoses;
        this.views = views;
        this.catalog = catalog;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.users = users;
        this.access = access;
        this.validator = validator;
        this.em = em;
    }

    /**
     * The bottlenecks of a company's signed-off diagnoses (the roadmap it agreed, shared with its
     * employees), by id with their process, highest priority first: what a coaching request may belong to.
     */
    public Map<UUID, String> agreedBottlenecks(UUID centerId, UUID companyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT b.id, b.process FROM bottleneck b JOIN diagnosis d ON d.id = b.diagnosis_id
                        WHERE d.center_id = ?1 AND d.company_id = ?2 AND d.status = 'SIGNED_OFF'
                        ORDER BY b.impact * b.feasibility DESC, b.hours_lost_per_month DESC, b.process""")
                .setParameter(1, centerId)
                .setParameter(2, companyId)
                .getResultList();
        Map<UUID, String> found = new LinkedHashMap<>();
        rows.forEach(r -> found.put((UUID) r[0], (String) r[1]));
        return found;
    }

    /** The process of any bottleneck of the centre, by id, for naming it beside a coaching request. */
    public Optional<String> bottleneckProcess(UUID centerId, UUID bottleneckId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("""
                        SELECT b.process FROM bottleneck b JOIN diagnosis d ON d.id = b.diagnosis_id
                        WHERE d.center_id = ?1 AND b.id = ?2""")
                .setParameter(1, centerId)
                .setParameter(2, bottleneckId)
                .getResultList();
        return rows.stream().findFirst();
    }

    @Transactional
    public BottleneckView addBottleneck(Caller caller, String diagnosisId, BottleneckRequest request) {
        Diagnosis diagnosis = diagnoses.changing(caller, diagnosisId);
        diagnoses.requireExpert(caller, diagnosis);
        DiagnosisService.requireStatus(diagnosis, DiagnosisStatus.DRAFT, "bottlenecks");
        if (request == null) {
            throw ProblemException.invalid("body", "a bottleneck is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.opportunityTag() != null
                && !request.opportunityTag().isBlank()
                && !catalog.isTag(request.opportunityTag())) {
            errors.add(FieldError.coded(
                    "opportunityTag",
                    "unknown-value",
                    "not an AI opportunity tag of the catalogue (GET /api/catalog/tags)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Bottleneck b = new Bottleneck();
        b.diagnosisId = diagnosis.id;
        b.process = request.process().strip();
        b.pain = request.pain().strip();
        b.hoursLostPerMonth = request.hoursLostPerMonth();
        b.peopleAffected = request.peopleAffected();
        b.opportunityTag = request.opportunityTag();
        b.impact = request.impact();
        b.feasibility = request.feasibility();
        b.persist();
        diagnoses.record(diagnosis, caller, "BOTTLENECK_ADDED", b.process);
        return DiagnosisViews.view(b);
    }

    /** Per bottleneck, the catalogue's courses tagged with its opportunity: for the expert and operators. */
    public List<Suggestion> suggestions(Caller caller, String diagnosisId) {
        Diagnosis diagnosis = diagnoses.visible(caller, diagnosisId);
        requireCarryingOut(caller, diagnosis);
        List<BottleneckView> bottlenecks = views.bottlenecks(diagnosis.id);
        Set<String> tags = new LinkedHashSet<>();
        bottlenecks.forEach(b -> tags.add(b.opportunityTag()));
        List<CourseSummary> courses = catalog.taggedWithAny(tags);
        return bottlenecks.stream()
                .map(b -> new Suggestion(
                        b.id(),
                        b.opportunityTag(),
                        courses.stream()
                                .filter(c -> c.tags().contains(b.opportunityTag()))
                                .toList()))
                .toList();
    }

    @Transactional
    public RoadmapItemView addItem(Caller caller, String diagnosisId, RoadmapItemRequest request) {
        Diagnosis diagnosis = diagnoses.changing(caller, diagnosisId);
        diagnoses.requireExpert(caller, diagnosis);
        DiagnosisService.requireStatus(diagnosis, ROADMAP_OPEN, "the roadmap's items");
        if (request == null) {
            throw ProblemException.invalid("body", "a roadmap item is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        UUID bottleneck = Ids.parse(request.bottleneckId())
                .filter(id -> Bottleneck.count("id = ?1 and diagnosisId = ?2", id, diagnosis.id) > 0)
                .orElse(null);
        if (request.bottleneckId() != null && !request.bottleneckId().isBlank() && bottleneck == null) {
            errors.add(FieldError.coded("bottleneckId", "unknown-value", "not a bottleneck of this diagnosis"));
        }
        CourseRef course = request.courseCode() == null
                ? null
                : catalog.findCourse(request.courseCode())
                        .filter(c -> !c.archived())
                        .orElse(null);
        if (request.courseCode() != null && !request.courseCode().isBlank() && course == null) {
            errors.add(FieldError.coded("courseCode", "unknown-value", "not a course of the catalogue"));
        }
        List<UUID> people = employees(diagnosis, request.userIds(), errors);
        if (people.isEmpty() && (request.role() == null || request.role().isBlank())) {
            errors.add(FieldError.coded("userIds", "required", "name employees, a role, or both"));
        }
        UUID cohort = cohortFor(diagnosis, request.cohortId(), course, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RoadmapItem item = new RoadmapItem();
        item.diagnosisId = diagnosis.id;
        item.bottleneckId = bottleneck;
        item.courseCode = course.code();
        item.role = request.role() == null || request.role().isBlank()
                ? null
                : request.role().strip();
        item.targetQuarter = request.targetQuarter();
        item.cohortId = cohort;
        item.persist();
        em.flush();
        for (int i = 0; i < people.size(); i++) {
            em.createNativeQuery("INSERT INTO roadmap_person (item_id, user_id, position) VALUES (?1, ?2, ?3)")
                    .setParameter(1, item.id)
                    .setParameter(2, people.get(i))
                    .setParameter(3, i)
                    .executeUpdate();
        }
        diagnoses.record(diagnosis, caller, "ROADMAP_ITEM_ADDED", course.code() + " · " + request.targetQuarter());
        List<RoadmapItem> items = List.of(item);
        return views.roadmap(diagnosis, items, views.peopleOf(items)).get(0);
    }

    /**
     * Enrols the item's people in its cohort through the cohort's rules, each on their own: a full
     * cohort refuses those who do not fit, not the whole item. Repeating it is harmless.
     */
    @Transactional
    public EnrollmentResults enroll(Caller caller, String itemId) {
        RoadmapItem item = Ids.parse(itemId)
                .flatMap(id -> RoadmapItem.<RoadmapItem>findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound("roadmap item " + itemId));
        Diagnosis diagnosis = diagnoses.changing(caller, item.diagnosisId.toString());
        requireCarryingOut(caller, diagnosis);
        if (item.cohortId == null) {
            throw ProblemException.conflict(
                    "no-cohort", "the roadmap item has no target cohort yet; nobody can be enrolled", "cohortId");
        }
        List<UUID> people = views.peopleOf(List.of(item)).getOrDefault(item.id, List.of());
        if (people.isEmpty()) {
            throw ProblemException.conflict(
                    "no-people", "the roadmap item names a role but no employees; nobody can be enrolled", "userIds");
        }
        Map<UUID, EnrollmentService.Outcome> outcomes =
                enrollments.enrollEach(diagnosis.centerId, item.cohortId, people);
        long enrolled = outcomes.values().stream()
                .filter(o -> o == EnrollmentService.Outcome.ENROLLED)
                .count();
        diagnoses.record(diagnosis, caller, "ENROLLED", item.courseCode + " · " + enrolled + "/" + people.size());
        return new EnrollmentResults(outcomes.entrySet().stream()
                .map(e -> new EnrollmentResults.Result(e.getKey().toString(), e.getValue()))
                .toList());
    }

    private void requireCarryingOut(Caller caller, Diagnosis diagnosis) {
        if (!access.carriesOut(caller, diagnosis)) {
            throw Access.forbidden("the centre's operators and the assigned expert carry out a roadmap");
        }
    }

    /** The named people, each of whom must be a person of the diagnosed company. */
    private List<UUID> employees(Diagnosis diagnosis, List<String> ids, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> parsed = Ids.parseAll(ids, "userIds", "unknown-value", errors);
        Map<UUID, UserView> found = users.findAllInCenter(diagnosis.centerId, parsed);
        for (UUID id : parsed) {
            UserView person = found.get(id);
            if (person == null || !diagnosis.companyId.toString().equals(person.companyId())) {
                errors.add(FieldError.coded(
                        "userIds", "not-an-employee", id + " is not a person of the diagnosed company"));
            }
        }
        return parsed.stream().distinct().toList();
    }

    /** The target cohort: of the centre, running the item's course, not cancelled. */
    private UUID cohortFor(Diagnosis diagnosis, String cohortId, CourseRef course, List<FieldError> errors) {
        if (cohortId == null || cohortId.isBlank()) {
            return null;
        }
        CohortScope cohort = Ids.parse(cohortId)
                .flatMap(id -> cohorts.scopeInCenter(diagnosis.centerId, id))
                .orElse(null);
        if (cohort == null) {
            errors.add(FieldError.coded("cohortId", "unknown-value", "not a cohort of the centre"));
            return null;
        }
        if (course != null && !cohort.courseId().equals(course.id())) {
            errors.add(FieldError.coded("cohortId", "other-course", "the cohort runs another course"));
        }
        return cohort.id();
    }
}
