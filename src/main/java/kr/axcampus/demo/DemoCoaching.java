package kr.axcampus.demo;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.coaching.CoachingBoard;
import kr.axcampus.coaching.CoachingService;
import kr.axcampus.coaching.CoachingStatus;
import kr.axcampus.coaching.Urgency;
import kr.axcampus.coaching.VisitMode;
import kr.axcampus.coaching.dto.AssignBody;
import kr.axcampus.coaching.dto.CoachingRequestBody;
import kr.axcampus.coaching.dto.RatingBody;
import kr.axcampus.coaching.dto.SummaryBody;
import kr.axcampus.coaching.dto.VisitBody;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;

/**
 * Stage 3 of the demo: coaching in every state — 한지민's request resolved after an on-site visit
 * and rated, 윤서연's in coaching after an online visit, 오세훈's assigned to a coach, 장민호's new
 * and waiting for a coach, and 최대표's closed unresolved by the operator (not a coaching matter).
 * Made once, through the services, by the people who would make it.
 */
@ApplicationScoped
class DemoCoaching {
    private final CoachingService coaching;
    private final CoachingBoard board;
    private final DemoPeople people;

    DemoCoaching(CoachingService coaching, CoachingBoard board, DemoPeople people) {
        this.coaching = coaching;
        this.board = board;
        this.people = people;
    }

    void load(Caller operator, ZoneId zone) {
        if (board.list(operator, null, PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        Caller coach = people.as("instructor2@demo.axcampus.kr", operator.centerId());
        OffsetDateTime now = OffsetDateTime.now(zone).withSecond(0).withNano(0);

        Caller jimin = people.as("learner1@daehan.demo.axcampus.kr", operator.centerId());
        String resolved = coaching.ask(
                        jimin,
                        new CoachingRequestBody(
                                "품질 검사 보고서 자동 작성이 막혔어요",
                                "검사 데이터를 ChatGPT에 붙여 넣으면 표 형식이 깨져서 보고서 양식에 다시 옮겨야 합니다.",
                                "출하 검사 보고서 작성",
                                "ChatGPT, Excel",
                                Urgency.HIGH,
                                null))
                .id();
        coaching.assign(operator, resolved, new AssignBody(coach.id().toString()));
        coaching.visit(
                coach,
                resolved,
                new VisitBody(
                        now.minusDays(3).withHour(14).withMinute(0),
                        120,
                        VisitMode.ON_SITE,
                        "한지민, 품질보증팀 오세훈",
                        "검사 데이터를 CSV로 내보내 프롬프트에 표 형식을 지정하는 방법을 함께 만들었습니다.",
                        "일주일 동안 보고서 5건을 새 방식으로 작성해 보기"));
        coaching.end(coach, resolved, CoachingStatus.RESOLVED, new SummaryBody("보고서 한 건 작성 시간이 40분에서 10분으로 줄었습니다."));
        coaching.rate(jimin, resolved, new RatingBody(5, "현장에서 바로 해결해 주셔서 좋았습니다."));

        Caller seoyeon = people.as("learner3@saesol.demo.axcampus.kr", operator.centerId());
        String scheduled = coaching.ask(
                        seoyeon,
                        new CoachingRequestBody(
                                "배차 계획표에 AI 추천을 넣고 싶어요",
                                "주문 엑셀을 바탕으로 차량 배차안을 만들 때 AI에게 무엇을 어떻게 물어야 할지 모르겠습니다.",
                                "일일 배차 계획",
                                "Copilot",
                                Urgency.NORMAL,
                                null))
                .id();
        coaching.assign(operator, scheduled, new AssignBody(coach.id().toString()));
        coaching.visit(
                coach,
                scheduled,
                new VisitBody(
                        now.minusDays(1).withHour(10).withMinute(0),
                        60,
                        VisitMode.ONLINE,
                        "윤서연",
                        "주문 데이터에서 배차에 필요한 항목을 함께 정리했습니다.",
                        "다음 방문에서 배차 규칙을 프롬프트로 옮기기"));

        coaching.ask(
                people.as("learner4@saesol.demo.axcampus.kr", operator.centerId()),
                new CoachingRequestBody(
                        "고객 문의 답변 초안 품질",
                        "AI가 만든 답변 초안이 회사 말투와 달라 매번 고쳐 씁니다.",
                        "고객 문의 응대",
                        "ChatGPT",
                        Urgency.LOW,
                        null));

        Caller admin = people.as("admin@demo.axcampus.kr", operator.centerId());
        String assigned = coaching.ask(
                        people.as("learner2@daehan.demo.axcampus.kr", operator.centerId()),
                        new CoachingRequestBody(
                                "불량 사진 분류 모델이 자꾸 틀려요",
                                "교육 때 만든 분류 모델이 새 라인의 조명에서는 정상품도 불량으로 봅니다.",
                                "외관 검사",
                                "Teachable Machine",
                                Urgency.HIGH,
                                null))
                .id();
        coaching.assign(
                admin,
                assigned,
                new AssignBody(people.person("instructor1@demo.axcampus.kr").id()));

        String closed = coaching.ask(
                        people.as("ceo@saesol.demo.axcampus.kr", operator.centerId()),
                        new CoachingRequestBody(
                                "사내 AI 사용 지침을 만들어 주세요",
                                "직원들이 어떤 자료를 AI에 넣어도 되는지 묻습니다.",
                                "사내 규정",
                                null,
                                Urgency.NORMAL,
                                null))
                .id();
        coaching.end(
                admin,
                closed,
                CoachingStatus.CLOSED_UNRESOLVED,
                new SummaryBody("사용 지침은 코칭이 아니라 AX 전략과 리더십 과정에서 다룹니다. 다음 기수에 등록해 주세요."));
    }
}
