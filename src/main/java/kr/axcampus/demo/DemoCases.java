package kr.axcampus.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.bestpractice.BestPracticeService;
import kr.axcampus.bestpractice.CaseWorkflow;
import kr.axcampus.bestpractice.dto.CaseRequest;
import kr.axcampus.bestpractice.dto.ConsentRequest;
import kr.axcampus.bestpractice.dto.FigureRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;

/**
 * Stage 3 of the demo: one published best-practice case per demo company, written by a learner,
 * consented to by the CEO and published by the operator, so the showcase is not empty on first start.
 */
@ApplicationScoped
class DemoCases {
    private final BestPracticeService cases;
    private final CaseWorkflow workflow;
    private final DemoPeople people;

    DemoCases(BestPracticeService cases, CaseWorkflow workflow, DemoPeople people) {
        this.cases = cases;
        this.workflow = workflow;
        this.people = people;
    }

    void load(Caller operator, UUID precision, UUID logistics) {
        if (cases.list(operator, null, PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        publish(
                operator,
                "learner2@daehan.demo.axcampus.kr",
                "ceo@daehan.demo.axcampus.kr",
                true,
                new CaseRequest(
                        precision.toString(),
                        "비전 검사로 육안 검사의 재검사 줄이기",
                        "육안 검사로 불량 판정이 작업자마다 달라 재검사가 잦았고, 검사 결과를 일보에 다시 옮겨 적었다.",
                        "불량 사진 1,200장을 모아 판정 기준을 맞춘 뒤 비전 검사 모델로 1차 판정을 하고, 애매한 건만 사람이 본다.",
                        "산업용 카메라, 오픈소스 비전 모델, MES 연동",
                        List.of("vision-inspection", "document-automation"),
                        List.of(
                                figure("HOURS_PER_MONTH", "시간", "40", "14", "P3M"),
                                figure("ERROR_RATE", "%", "3.8", "1.2", "P3M"))));
        publish(
                operator,
                "learner4@saesol.demo.axcampus.kr",
                "ceo@saesol.demo.axcampus.kr",
                false,
                new CaseRequest(
                        logistics.toString(),
                        "배송 문의 응대 자동화",
                        "배송 지연 문의가 하루 200건씩 전화로 몰려 고객지원팀이 다른 일을 못 했다.",
                        "출고·배송 데이터로 답을 찾는 상담 챗봇을 두고, 사람이 필요한 문의만 담당자에게 넘긴다.",
                        "생성형 AI 챗봇, 배송 조회 API, 상담 이력 검색",
                        List.of("customer-service", "knowledge-search"),
                        List.of(
                                figure("LEAD_TIME", "시간", "6", "1.5", "P2M"),
                                figure("HOURS_PER_MONTH", "시간", "60", "25", "P2M"),
                                figure("COST", "만원", "180", "90", "P2M"))));
    }

    private void publish(Caller operator, String author, String ceo, boolean showNames, CaseRequest request) {
        String id =
                cases.create(people.as(author, operator.centerId()), request).id();
        workflow.submit(people.as(author, operator.centerId()), id);
        workflow.consent(people.as(ceo, operator.centerId()), id, new ConsentRequest(showNames));
        workflow.publish(people.as("admin@demo.axcampus.kr", operator.centerId()), id);
    }

    private static FigureRequest figure(String name, String unit, String before, String after, String period) {
        return new FigureRequest(name, unit, new BigDecimal(before), new BigDecimal(after), period);
    }
}
