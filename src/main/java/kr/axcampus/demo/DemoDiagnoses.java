package kr.axcampus.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.diagnosis.DiagnosisService;
import kr.axcampus.diagnosis.Questionnaire;
import kr.axcampus.diagnosis.Questionnaires;
import kr.axcampus.diagnosis.RoadmapService;
import kr.axcampus.diagnosis.dto.AnswersRequest;
import kr.axcampus.diagnosis.dto.BottleneckRequest;
import kr.axcampus.diagnosis.dto.DiagnosisRequest;
import kr.axcampus.diagnosis.dto.RoadmapItemRequest;
import kr.axcampus.diagnosis.dto.SelfAssessmentRequest;

/**
 * Stage 1 of the demo: 대한정밀 has a signed-off diagnosis whose roadmap sends its people to the demo
 * cohorts; 새솔물류's diagnosis is still being filled in. Made once, through the services, by the
 * people who would make it.
 */
@ApplicationScoped
class DemoDiagnoses {
    private final DiagnosisService diagnoses;
    private final RoadmapService roadmaps;
    private final Questionnaires questionnaires;
    private final CohortService cohorts;
    private final DemoPeople people;

    DemoDiagnoses(
            DiagnosisService diagnoses,
            RoadmapService roadmaps,
            Questionnaires questionnaires,
            CohortService cohorts,
            DemoPeople people) {
        this.diagnoses = diagnoses;
        this.roadmaps = roadmaps;
        this.questionnaires = questionnaires;
        this.cohorts = cohorts;
        this.people = people;
    }

    void load(Caller operator, UUID precision, UUID logistics, LocalDate today) {
        if (none(operator, precision)) {
            signedOff(operator, precision, today);
        }
        if (none(operator, logistics)) {
            draft(operator, logistics, today);
        }
    }

    private boolean none(Caller operator, UUID company) {
        return diagnoses
                        .list(operator, company.toString(), PageRequest.of(0, 1))
                        .total()
                == 0;
    }

    private void signedOff(Caller operator, UUID company, LocalDate today) {
        Caller expert = people.as("instructor1@demo.axcampus.kr", operator.centerId());
        String id = diagnoses
                .create(
                        operator,
                        company.toString(),
                        new DiagnosisRequest(expert.id().toString(), today.minusDays(45)))
                .id();
        // Strong on systems and people's will, weak on data and governance: a typical small manufacturer.
        diagnoses.saveAnswers(
                expert,
                id,
                new AnswersRequest(
                        answers(Map.of(
                                "strategy", List.of(3, 2, 2, 2),
                                "data", List.of(2, 2, 1, 2),
                                "infrastructure", List.of(3, 3, 2, 2),
                                "talent", List.of(2, 2, 2, 3),
                                "process", List.of(3, 2, 3, 2),
                                "governance", List.of(1, 1, 2, 2))),
                        Map.of(
                                "data", "생산·검사 실적은 MES에 남지만 불량 판정 기준이 작업자마다 달라 데이터로 쓰기 어렵다.",
                                "governance", "생성형 AI 사용 지침이 없다. 도면이 외부 서비스로 나가지 않도록 먼저 정해야 한다."),
                        "정대표(대표이사), 오세훈(품질보증팀 과장), 한지민(생산관리팀 대리)"));
        Caller ceo = people.as("ceo@daehan.demo.axcampus.kr", operator.centerId());
        diagnoses.saveSelfAssessment(
                ceo,
                id,
                new SelfAssessmentRequest(answers(Map.of(
                        "strategy", List.of(4, 3, 3, 3),
                        "data", List.of(3, 2, 2, 3),
                        "infrastructure", List.of(3, 3, 3, 2),
                        "talent", List.of(2, 3, 2, 3),
                        "process", List.of(3, 3, 3, 3),
                        "governance", List.of(2, 2, 2, 2)))));
        String inspection =
                bottleneck(expert, id, "품질 검사", "육안 검사로 불량 판정이 작업자마다 다르고 재검사가 잦다", "40", 12, "vision-inspection", 5, 3);
        String reports =
                bottleneck(expert, id, "작업일보 작성", "현장 메모를 사무실에서 다시 입력해 일보를 만든다", "16", 6, "document-automation", 3, 5);
        String direction =
                bottleneck(expert, id, "AI 도입 우선순위 결정", "어디부터 AI를 쓸지 경영진의 기준이 없다", "8", 2, "strategy-governance", 4, 4);
        item(
                expert,
                id,
                inspection,
                "PX-MFG-QUALITY-DEMAND",
                "PX-MFG-DEMO-1",
                "2027-Q1",
                null,
                "learner2@daehan.demo.axcampus.kr");
        item(
                expert,
                id,
                reports,
                "PX-OFFICE-GENAI",
                "PX-OFFICE-DEMO-1",
                "2026-Q4",
                "생산관리 실무자",
                "learner1@daehan.demo.axcampus.kr",
                "learner2@daehan.demo.axcampus.kr");
        item(
                expert,
                id,
                direction,
                "GX-AX-LEADERSHIP",
                "GX-LEAD-DEMO-1",
                "2026-Q4",
                null,
                "ceo@daehan.demo.axcampus.kr");
        diagnoses.submit(expert, id);
        diagnoses.signOff(ceo, id);
    }

    private void draft(Caller operator, UUID company, LocalDate today) {
        Caller expert = people.as("instructor2@demo.axcampus.kr", operator.centerId());
        String id = diagnoses
                .create(
                        operator,
                        company.toString(),
                        new DiagnosisRequest(expert.id().toString(), today.minusDays(2)))
                .id();
        diagnoses.saveAnswers(
                expert,
                id,
                new AnswersRequest(
                        answers(Map.of("data", List.of(3, 2, 3, 2), "process", List.of(2, 3, 2, 2))),
                        Map.of("process", "배차는 담당자 경험에 기대고, 고객 문의가 전화로 몰린다."),
                        "최대표(대표이사), 윤서연(물류기획팀 주임)"));
        bottleneck(expert, id, "고객 문의 응대", "배송 조회 전화가 하루 수십 통 걸려 업무가 끊긴다", "30", 4, "customer-service", 4, 4);
    }

    private String bottleneck(
            Caller expert,
            String diagnosis,
            String process,
            String pain,
            String hours,
            int people,
            String tag,
            int impact,
            int feasibility) {
        return roadmaps.addBottleneck(
                        expert,
                        diagnosis,
                        new BottleneckRequest(process, pain, new BigDecimal(hours), people, tag, impact, feasibility))
                .id();
    }

    private void item(
            Caller expert,
            String diagnosis,
            String bottleneck,
            String course,
            String cohortCode,
            String quarter,
            String role,
            String... emails) {
        String cohort = cohorts.findByCode(expert.centerId(), cohortCode)
                .map(CohortView::id)
                .orElse(null);
        roadmaps.addItem(
                expert,
                diagnosis,
                new RoadmapItemRequest(
                        bottleneck,
                        course,
                        List.of(emails).stream().map(e -> people.person(e).id()).toList(),
                        role,
                        quarter,
                        cohort));
    }

    /** Scores by dimension, in the order of the current questionnaire's questions. */
    private Map<String, Integer> answers(Map<String, List<Integer>> byDimension) {
        Questionnaire questionnaire = questionnaires.current();
        Map<String, Integer> answers = new HashMap<>();
        byDimension.forEach((code, scores) -> questionnaire.dimension(code).ifPresent(d -> {
            for (int i = 0; i < d.questions().size() && i < scores.size(); i++) {
                answers.put(d.questions().get(i).code(), scores.get(i));
            }
        }));
        return answers;
    }
}
