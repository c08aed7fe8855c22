package kr.axcampus.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.TagCatalog;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Ids;
import kr.axcampus.common.LocalizedText;
import kr.axcampus.common.ProblemException;
import kr.axcampus.diagnosis.dto.BottleneckView;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.diagnosis.dto.RoadmapItemView;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;

/** Turns a diagnosis into what its pages and PDF show, in a fixed number of statements. */
@ApplicationScoped
public class DiagnosisPageBuilder {
    private static final int MIDDLE = 3;

    private final DiagnosisService diagnoses;
    private final DiagnosisViews views;
    private final Questionnaires questionnaires;
    private final CatalogService catalog;
    private final CohortService cohorts;
    private final CompanyService companies;
    private final UserService users;
    private final Access access;
    private final CentreTime time;

    public DiagnosisPageBuilder(
            DiagnosisService diagnoses,
            DiagnosisViews views,
            Questionnaires questionnaires,
            CatalogService catalog,
            CohortService cohorts,
            CompanyService companies,
            UserService users,
            Access access,
            CentreTime time) {
        this.diagnoses = diagnoses;
        this.views = views;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.cohorts = cohorts;
        this.companies = companies;
        this.users = users;
        this.access = access;
        this.time = time;
    }

    /**
     * What the expert's form offers: the company's people, the courses that match its bottlenecks
     * and the others, the open cohorts and the AI opportunity tags.
     */
    public record FormChoices(
            List<UserView> employees,
            List<CourseSummary> suggested,
            List<CourseSummary> others,
            List<CohortView> cohorts,
            List<TagCatalog.Tag> tags) {}

    /** The diagnosis for a reader in {@code locale}; {@code chartTitle} names the radar chart in their language. */
    public DiagnosisPage build(Caller caller, String id, Locale locale, String chartTitle) {
        Diagnosis entity = diagnoses.visible(caller, id);
        DiagnosisView d = views.of(caller, entity);
        Questionnaire q = questionnaires.version(d.questionnaireVersion());
        List<DiagnosisPage.ScoreRow> scores = new ArrayList<>();
        List<Map.Entry<String, String>> axes = new ArrayList<>();
        List<DiagnosisPage.NoteRow> notes = new ArrayList<>();
        for (Questionnaire.Dimension dim : q.dimensions()) {
            scores.add(new DiagnosisPage.ScoreRow(
                    dim.code(),
                    dim.title(),
                    d.scores().get(dim.code()),
                    d.selfScores().get(dim.code()),
                    d.previous() == null ? null : d.previous().scores().get(dim.code()),
                    d.peers() == null ? null : d.peers().scores().get(dim.code())));
            axes.add(Map.entry(dim.code(), dim.title().in(locale)));
            String note = d.notes().get(dim.code());
            if (note != null) {
                notes.add(new DiagnosisPage.NoteRow(dim.title(), note));
            }
        }
        LocalizedText stage = q.stages().stream()
                .filter(s -> s.code().equals(d.stage()))
                .map(Questionnaire.Stage::title)
                .findFirst()
                .orElse(null);
        List<DiagnosisPage.Bottleneck> bottlenecks = d.bottlenecks().stream()
                .map(b -> new DiagnosisPage.Bottleneck(
                        b,
                        catalog.tags().stream()
                                .filter(t -> t.code().equals(b.opportunityTag()))
                                .findFirst()
                                .orElse(null)))
                .toList();
        boolean draft = d.status() == DiagnosisStatus.DRAFT;
        boolean expert = access.assesses(caller, entity);
        boolean ceo = access.speaksFor(caller, entity);
        DiagnosisPage.Rights may = new DiagnosisPage.Rights(
                expert,
                ceo,
                expert && draft,
                expert && draft,
                ceo && draft,
                ceo && d.status() == DiagnosisStatus.SUBMITTED,
                access.carriesOut(caller, entity),
                expert && d.status() != DiagnosisStatus.SIGNED_OFF);
        return new DiagnosisPage(
                d,
                q,
                stage,
                RadarChart.svg(
                        chartTitle,
                        axes,
                        List.of(
                                new RadarChart.Series(
                                        "peers",
                                        "peers",
                                        d.peers() == null ? null : d.peers().scores()),
                                new RadarChart.Series(
                                        "previous",
                                        "previous",
                                        d.previous() == null
                                                ? null
                                                : d.previous().scores()),
                                new RadarChart.Series("self", "self", d.selfScores()),
                                new RadarChart.Series("expert", "expert", d.scores()))),
                scores,
                notes,
                bottlenecks,
                quadrants(bottlenecks),
                items(entity, d),
                d.history(),
                d.answers().size(),
                q.questionCount(),
                may);
    }

    /** The company names of a list of diagnoses, by company id. */
    public Map<String, String> companyNames(Caller caller, List<DiagnosisSummary> found) {
        Map<String, String> names = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        found.forEach(d -> ids.add(UUID.fromString(d.companyId())));
        companies.allInCenter(caller.centerId()).stream()
                .filter(c -> ids.contains(UUID.fromString(c.id())))
                .forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /** 404 unless the item belongs to the diagnosis (a page's path names both). */
    public void requireItemOf(Caller caller, String diagnosisId, String itemId) {
        Diagnosis d = diagnoses.visible(caller, diagnosisId);
        boolean ours = Ids.parse(itemId)
                .map(id -> RoadmapItem.count("id = ?1 and diagnosisId = ?2", id, d.id) > 0)
                .orElse(false);
        if (!ours) {
            throw ProblemException.notFound("roadmap item " + itemId);
        }
    }

    public FormChoices choices(Caller caller, DiagnosisPage report) {
        DiagnosisView d = report.diagnosis();
        UUID company = UUID.fromString(d.companyId());
        List<UserView> employees = users.employees(caller.centerId(), company, null);
        Set<String> suggestedTags = new LinkedHashSet<>();
        d.bottlenecks().forEach(b -> suggestedTags.add(b.opportunityTag()));
        List<CourseSummary> suggested = catalog.taggedWithAny(suggestedTags);
        List<CourseSummary> others =
                catalog
                        .taggedWithAny(catalog.tags().stream()
                                .map(TagCatalog.Tag::code)
                                .toList())
                        .stream()
                        .filter(c -> suggested.stream().noneMatch(s -> s.code().equals(c.code())))
                        .toList();
        return new FormChoices(
                employees, suggested, others, cohorts.openInCenter(caller.centerId(), time.today()), catalog.tags());
    }

    private static List<DiagnosisPage.Quadrant> quadrants(List<DiagnosisPage.Bottleneck> all) {
        Map<String, List<DiagnosisPage.Bottleneck>> byKey = new HashMap<>();
        for (DiagnosisPage.Bottleneck b : all) {
            BottleneckView v = b.view();
            String key = v.impact() >= MIDDLE
                    ? (v.feasibility() >= MIDDLE ? "quick-wins" : "major")
                    : (v.feasibility() >= MIDDLE ? "small" : "later");
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
        return List.of("major", "quick-wins", "later", "small").stream()
                .map(k -> new DiagnosisPage.Quadrant(k, byKey.getOrDefault(k, List.of())))
                .toList();
    }

    private List<DiagnosisPage.Item> items(Diagnosis entity, DiagnosisView d) {
        Set<UUID> people = new HashSet<>();
        Set<UUID> cohortIds = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (RoadmapItemView item : d.roadmap()) {
            item.userIds().forEach(u -> people.add(UUID.fromString(u)));
            if (item.cohortId() != null) {
                cohortIds.add(UUID.fromString(item.cohortId()));
            }
            codes.add(item.courseCode());
        }
        Map<UUID, UserView> names = users.findAllInCenter(entity.centerId, people);
        Map<UUID, CohortScope> found = cohorts.scopesInCenter(entity.centerId, cohortIds);
        Map<String, CourseRef> courses = catalog.findCoursesByCode(codes);
        Map<String, String> processes = new HashMap<>();
        d.bottlenecks().forEach(b -> processes.put(b.id(), b.process()));
        return d.roadmap().stream()
                .map(item -> {
                    CourseRef course = courses.get(item.courseCode());
                    CohortScope cohort = item.cohortId() == null ? null : found.get(UUID.fromString(item.cohortId()));
                    return new DiagnosisPage.Item(
                            item,
                            processes.get(item.bottleneckId()),
                            course == null ? item.courseCode() : course.title(),
                            course == null ? item.courseCode() : course.titleEn(),
                            item.userIds().stream()
                                    .map(u -> names.get(UUID.fromString(u)))
                                    .filter(u -> u != null)
                                    .map(UserView::name)
                                    .toList(),
                            cohort == null ? null : cohort.code());
                })
                .toList();
    }
}
