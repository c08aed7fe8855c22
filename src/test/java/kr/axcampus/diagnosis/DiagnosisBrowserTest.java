package kr.axcampus.diagnosis;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stage 1 in a browser: an operator assigns an expert, the expert fills the diagnosis on a tablet
 * (answers saved as they are chosen), adds two bottlenecks and a roadmap item and submits; the CEO
 * reads the report on a phone, with the radar chart in Korean, and signs off.
 */
@QuarkusTest
class DiagnosisBrowserTest {
    private static final String PASSWORD = "diagnosis-pass-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void anExpertFillsADiagnosisOnATabletAndTheCeoSignsItOffOnAPhone() {
        CompanyView company = data.company("브라우저 진단 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView operator = data.user(PASSWORD, null, Role.ADMIN);
        UserView expert = data.named("현장 전문가 " + TestData.unique(), PASSWORD, null, Role.INSTRUCTOR);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        UserView employee = data.named("품질 담당 " + TestData.unique(), PASSWORD, companyId, Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, expert);

        String diagnosis;
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(operator.email(), PASSWORD);
            desk.waitForPath("/");
            desk.go("/admin/diagnoses");
            assertTrue(desk.find("#company-diagnoses").getText().contains(company.name()));
            desk.select("#companyId", company.id());
            desk.select("#expertId", expert.id());
            desk.pick("#visitedOn", LocalDate.now().toString());
            desk.submit("#assign-form");
            assertTrue(desk.path().startsWith("/diagnoses/"), desk.path());
            diagnosis = desk.path().substring("/diagnoses/".length());
            assertEquals("작성 중", desk.find("#diagnosis-status").getText());
        }

        try (Browser tablet = Browser.open(base.toString(), "ko-KR,ko", 820, 1180)) {
            tablet.signIn(expert.email(), PASSWORD);
            tablet.waitForPath("/");
            tablet.go("/diagnoses/" + diagnosis + "/form");
            assertTrue(tablet.fitsWidth(), "the form fits a tablet");
            // Each choice is saved as it is made: the page says so and the API has it before any button.
            tablet.click("#question-strategy-vision input[value='2']");
            tablet.waitForText("#save-state", t -> t.equals("저장했습니다."));
            assertEquals(2, answersOf(diagnosis, expert).get("strategy-vision"));
            int score = 1;
            for (List<String> questions : DiagnosisTest.QUESTIONS.values()) {
                for (String question : questions) {
                    tablet.click("#question-" + question + " input[value='" + (score % 5 + 1) + "']");
                    score++;
                }
            }
            tablet.type("#participants", "대표, 품질팀장");
            tablet.type("#note-data", "검사 기록이 종이에 남는다");
            tablet.submit("#answers-form");
            assertTrue(tablet.text().contains("진단표를 저장했습니다."), tablet.text());
            assertEquals(24, answersOf(diagnosis, expert).size());

            addBottleneck(tablet, "품질 검사", "불량 판정을 눈으로 한다", "30", "vision-inspection", "5", "4");
            addBottleneck(tablet, "견적서 작성", "단가표를 손으로 찾는다", "12.5", "document-automation", "3", "5");
            tablet.select("#bottleneckId", bottleneckId(diagnosis, expert, "견적서 작성"));
            tablet.select("#courseCode", "PX-OFFICE-GENAI");
            tablet.click("#people input[value='" + employee.id() + "']");
            tablet.type("#targetQuarter", "2027-Q1");
            tablet.select("#cohortId", cohort.id());
            tablet.submit("#item-form");
            assertTrue(tablet.text().contains("로드맵 항목을 추가했습니다."), tablet.text());

            tablet.submitConfirmed("#submit form");
            assertEquals("/diagnoses/" + diagnosis, tablet.path());
            assertEquals("대표 확인 대기", tablet.find("#diagnosis-status").getText());
        }

        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(ceo.email(), PASSWORD);
            phone.waitForPath("/");
            // The home asks the CEO for their sign-off and leads to the report.
            assertTrue(phone.find("#home-diagnosis").getText().contains("대표 확인 대기"));
            phone.click("#home-diagnosis a.button");
            phone.waitForPath("/diagnoses/" + diagnosis);
            String radar =
                    phone.find("svg.radar").getText() + phone.find("svg.radar").getAttribute("innerHTML");
            for (String dimension : List.of("전략·리더십", "데이터", "인프라·도구", "인재·역량", "프로세스·문화", "거버넌스·보안")) {
                assertTrue(radar.contains(dimension), dimension + " in " + radar);
            }
            assertTrue(phone.find("#bottleneck-table").getText().contains("품질 검사"));
            String quickWins = phone.find(".q-quick-wins").getText();
            assertTrue(quickWins.contains("품질 검사") && quickWins.contains("견적서 작성"), quickWins);
            String roadmap = phone.find("#roadmap-table").getText();
            assertTrue(roadmap.contains(employee.name()) && roadmap.contains(cohort.code()), roadmap);
            assertTrue(phone.fitsWidth(), "the report fits a phone");
            phone.submitConfirmed("#sign-off form");
            assertEquals("대표 확인 완료", phone.find("#diagnosis-status").getText());
            assertTrue(phone.text().contains("진단과 로드맵을 확정했습니다."));
        }
    }

    private void addBottleneck(
            Browser tablet, String process, String pain, String hours, String tag, String impact, String feasibility) {
        tablet.type("#process", process);
        tablet.type("#pain", pain);
        tablet.type("#hoursLostPerMonth", hours);
        tablet.type("#peopleAffected", "3");
        tablet.select("#opportunityTag", tag);
        tablet.select("#impact", impact);
        tablet.select("#feasibility", feasibility);
        tablet.submit("#bottleneck-form");
        assertTrue(tablet.text().contains("병목을 추가했습니다."), tablet.text());
    }

    private Map<String, Integer> answersOf(String diagnosis, UserView expert) {
        return given().auth()
                .oauth2(data.token(expert))
                .get("/api/diagnoses/" + diagnosis)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("answers", String.class, Integer.class);
    }

    private String bottleneckId(String diagnosis, UserView expert, String process) {
        return given().auth()
                .oauth2(data.token(expert))
                .get("/api/diagnoses/" + diagnosis)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("bottlenecks.find { it.process == '" + process + "' }.id");
    }
}
