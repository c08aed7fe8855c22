package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.common.Caller;
import kr.axcampus.diagnosis.dto.BottleneckView;
import kr.axcampus.diagnosis.dto.Comparison;
import kr.axcampus.diagnosis.dto.DiagnosisChange;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.diagnosis.dto.RoadmapItemView;
import kr.axcampus.diagnosis.dto.RoadmapProgress;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.progress.dto.Tally;

/**
 * Builds what the API and pages show of a diagnosis with a fixed number of statements, whatever
 * its size: scores from SQL, the previous diagnosis and the peers beside it, and the roadmap's
 * progress from the progress room's query (one per target cohort).
 */
@ApplicationScoped
public class DiagnosisViews {
    private final Questionnaires questionnaires;
    private final DiagnosisScores scores;
    private final RoadmapProgressReader progress;
    private final CompanyService companies;
    private final UserService users;
    private final PersonalDataReads reads;
    private final EntityManager em;

    public DiagnosisViews(
            Questionnaires questionnaires,
            DiagnosisScores scores,
            RoadmapProgressReader progress,
            CompanyService companies,
            UserService users,
            PersonalDataReads reads,
            EntityManager em) {
        this.questionnaires = questionnaires;
        this.scores = scores;
        this.progress = progress;
        this.companies = companies;
        this.users = users;
        this.reads = reads;
        this.em = em;
    }

    public DiagnosisView of(Caller caller, Diagnosis d) {
        Questionnaire questionnaire = questionnaires.version(d.questionnaireVersion);
        Diagnosis previous = previousOf(d);
        Map<UUID, Map<String, DiagnosisScores.Scores>> all =
                scores.of(previous == null ? List.of(d.id) : List.of(d.id, previous.id));
        DiagnosisScores.Scores expert = scores.expert(all, d.id);
        DiagnosisScores.Scores self = scores.self(all, d.id);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, Integer> selfAnswers = new LinkedHashMap<>();
        readAnswers(d.id, answers, selfAnswers);
        CompanyView company = companies.findInCenter(d.centerId, d.companyId).orElseThrow();
        List<DiagnosisEvent> events =
                DiagnosisEvent.list("diagnosisId", Sort.by("createdAt").and("id"), d.id);
        List<RoadmapItem> items =
                RoadmapItem.list("diagnosisId", Sort.by("createdAt").and("id"), d.id);
        Map<UUID, List<UUID>> people = peopleOf(items);
        Set<UUID> named = new HashSet<>();
        named.add(d.expertId);
        events.forEach(e -> {
            if (e.actorId != null) {
                named.add(e.actorId);
            }
        });
        Map<UUID, UserView> names = users.findAllInCenter(d.centerId, named);
        List<UUID> everyone =
                people.values().stream().flatMap(List::stream).distinct().toList();
        reads.record(caller, ReadKind.ROADMAP, d.id, everyone);
        return new DiagnosisView(
                d.id.toString(),
                company.id(),
                company.name(),
                d.expertId.toString(),
                nameOf(names, d.expertId),
                d.status,
                d.questionnaireVersion,
                d.visitedOn,
                d.participants,
                answers,
                Map.copyOf(d.notes),
                selfAnswers,
                expert.byDimension(),
                expert.overall(),
                questionnaire
                        .stageOf(expert.overall())
                        .map(Questionnaire.Stage::code)
                        .orElse(null),
                self.byDimension(),
                self.overall(),
                bottlenecks(d.id),
                roadmap(d, items, people),
                previous == null ? null : previousComparison(previous, scores.expert(all, previous.id)),
                peers(d, company),
                d.submittedAt,
                d.signedOffAt,
                events.stream()
                        .map(e -> new DiagnosisChange(
                                e.createdAt,
                                e.actorId == null ? null : e.actorId.toString(),
                                e.actorId == null ? null : nameOf(names, e.actorId),
                                e.action,
                                e.detail))
                        .toList());
    }

    public List<DiagnosisSummary> summaries(List<Diagnosis> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, DiagnosisScores.Scores>> all =
                scores.of(found.stream().map(d -> d.id).toList());
        Map<UUID, UserView> names = users.findAllInCenter(
                found.get(0).centerId, found.stream().map(d -> d.expertId).collect(Collectors.toSet()));
        List<DiagnosisSummary> summaries = new ArrayList<>();
        for (Diagnosis d : found) {
            BigDecimal overall = scores.expert(all, d.id).overall();
            summaries.add(new DiagnosisSummary(
                    d.id.toString(),
                    d.companyId.toString(),
                    d.expertId.toString(),
                    nameOf(names, d.expertId),
                    d.status,
                    d.questionnaireVersion,
                    d.visitedOn,
                    overall,
                    questionnaires
                            .version(d.questionnaireVersion)
                            .stageOf(overall)
                            .map(Questionnaire.Stage::code)
                            .orElse(null),
                    d.createdAt));
        }
        return summaries;
    }

    /** Bottlenecks by priority (impact × feasibility), ties by hours lost. */
    List<BottleneckView> bottlenecks(UUID diagnosisId) {
        return Bottleneck.<Bottleneck>list("diagnosisId", diagnosisId).stream()
                .sorted(Comparator.comparingInt(Bottleneck::priority)
                        .thenComparing(b -> b.hoursLostPerMonth)
                        .reversed()
                        .thenComparing(b -> b.createdAt))
                .map(DiagnosisViews::view)
                .toList();
    }

    static BottleneckView view(Bottleneck b) {
        return new BottleneckView(
                b.id.toString(),
                b.process,
                b.pain,
                b.hoursLostPerMonth,
                b.peopleAffected,
                b.opportunityTag,
                b.impact,
                b.feasibility,
                b.priority());
    }

    List<RoadmapItemView> roadmap(Diagnosis d, List<RoadmapItem> items, Map<UUID, List<UUID>> people) {
        Map<UUID, Set<UUID>> byCohort = new LinkedHashMap<>();
        for (RoadmapItem item : items) {
            if (item.cohortId != null) {
                byCohort.computeIfAbsent(item.cohortId, c -> new LinkedHashSet<>())
                        .addAll(people.getOrDefault(item.id, List.of()));
            }
        }
        Map<UUID, Map<String, Progress>> found = progress.of(d.centerId, byCohort);
        return items.stream()
                .map(item -> {
                    List<UUID> its = people.getOrDefault(item.id, List.of());
                    RoadmapProgress p = null;
                    if (item.cohortId != null) {
                        Map<String, Progress> inCohort = found.getOrDefault(item.cohortId, Map.of());
                        Tally tally = Tally.of(its.stream()
                                .map(id -> inCohort.get(id.toString()))
                                .filter(x -> x != null)
                                .toList());
                        p = new RoadmapProgress(tally.learners(), tally.completed(), tally.practicumMinutes());
                    }
                    return new RoadmapItemView(
                            item.id.toString(),
                            item.bottleneckId.toString(),
                            item.courseCode,
                            its.stream().map(UUID::toString).toList(),
                            item.role,
                            item.targetQuarter,
                            item.cohortId == null ? null : item.cohortId.toString(),
                            p);
                })
                .toList();
    }

    /** The people of each item, in one statement. */
    Map<UUID, List<UUID>> peopleOf(List<RoadmapItem> items) {
        if (items.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT CAST(item_id AS varchar), CAST(user_id AS varchar) FROM roadmap_person "
                                + "WHERE item_id IN (:items) ORDER BY item_id, position")
                .setParameter("items", items.stream().map(i -> i.id).toList())
                .getResultList();
        Map<UUID, List<UUID>> people = new HashMap<>();
        for (Object[] row : rows) {
            people.computeIfAbsent(UUID.fromString((String) row[0]), k -> new ArrayList<>())
                    .add(UUID.fromString((String) row[1]));
        }
        return people;
    }

    private void readAnswers(UUID diagnosisId, Map<String, Integer> expert, Map<String, Integer> self) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT source, question_code, score FROM diagnosis_answer WHERE diagnosis_id = ?1 "
                                + "ORDER BY question_code")
                .setParameter(1, diagnosisId)
                .getResultList();
        for (Object[] row : rows) {
            (DiagnosisScores.SELF.equals(row[0]) ? self : expert).put((String) row[1], ((Number) row[2]).intValue());
        }
    }

    /** The company's latest signed-off diagnosis before this one. */
    private static Diagnosis previousOf(Diagnosis d) {
        return Diagnosis.<Diagnosis>find(
                        "companyId = ?1 and status = ?2 and id <> ?3 and createdAt < ?4",
                        Sort.descending("visitedOn").and("createdAt", Sort.Direction.Descending),
                        d.companyId,
                        DiagnosisStatus.SIGNED_OFF,
                        d.id,
                        d.createdAt)
                .firstResult();
    }

    private static Comparison previousComparison(Diagnosis previous, DiagnosisScores.Scores s) {
        return new Comparison(previous.id.toString(), previous.visitedOn, 1, s.byDimension(), s.overall());
    }

    private Comparison peers(Diagnosis d, CompanyView company) {
        DiagnosisScores.Peers peers = scores.peers(
                d.centerId,
                d.companyId,
                company.sizeClass() == null ? null : company.sizeClass().name(),
                company.industrySection());
        return peers == null ? null : new Comparison(null, null, peers.companies(), peers.scores(), peers.overall());
    }

    private static String nameOf(Map<UUID, UserView> names, UUID id) {
        UserView user = names.get(id);
        return user == null ? null : user.name();
    }
}
