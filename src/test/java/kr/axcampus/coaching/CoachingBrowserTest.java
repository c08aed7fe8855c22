package kr.axcampus.coaching;

import java.net.URL;
import java.time.LocalDateTime;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coaching in a browser: a learner asks on a phone, the operator assigns the suggested coach, the
 * coach logs an on-site visit and resolves, and the learner rates the outcome.
 */
@QuarkusTest
class CoachingBrowserTest {
    private static final String PASSWORD = "coaching-pass-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void aLearnerAsksOnAPhoneTheCoachVisitsAndResolvesAndTheLearnerRates() {
        CompanyView company = data.company("브라우저 코칭 회사");
        UserView learner =
                data.named("코칭 받는 사람 " + TestData.unique(), PASSWORD, UUID.fromString(company.id()), Role.LEARNER);
        UserView coach = data.named("현장 코치 " + TestData.unique(), PASSWORD, null, Role.INSTRUCTOR);
        UserView operator = data.user(PASSWORD, null, Role.ADMIN);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, coach);
        data.enroll(cohort, learner);

        String request;
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(learner.email(), PASSWORD);
            phone.waitForPath("/");
            phone.go("/coaching");
            phone.click("#ask-link");
            phone.waitForPath("/coaching/new");
            assertTrue(phone.fitsWidth(), "the form fits a phone");
            phone.type("#title", "회의록 요약이 엉망이에요");
            phone.type("#problem", "녹취를 넣으면 결정 사항이 빠집니다");
            phone.type("#tool", "Clova Note");
            phone.select("#urgency", "HIGH");
            phone.submit("#ask-form");
            assertTrue(phone.path().startsWith("/coaching/"), phone.path());
            request = phone.path().substring("/coaching/".length());
            assertEquals("접수", phone.find("#status").getText());
            assertTrue(phone.text().contains("코칭 요청을 보냈습니다."), phone.text());
        }

        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(operator.email(), PASSWORD);
            desk.waitForPath("/");
            desk.go("/admin/coaching");
            assertTrue(desk.find("#coaching-board").getText().contains("회의록 요약이 엉망이에요"));
            desk.go("/coaching/" + request);
            // the learner's cohort instructor is suggested and chosen already
            assertEquals(coach.id(), desk.find("#coachId option[selected]").getAttribute("value"));
            desk.submit("#assign-form");
            assertEquals("코치 배정", desk.find("#status").getText());
            assertEquals(coach.name(), desk.find("#coach").getText());
        }

        try (Browser tablet = Browser.open(base.toString(), "ko-KR,ko", 820, 1180)) {
            tablet.signIn(coach.email(), PASSWORD);
            tablet.waitForPath("/");
            tablet.go("/coaching");
            assertTrue(tablet.find("#coaching-requests").getText().contains("회의록 요약이 엉망이에요"));
            tablet.go("/coaching/" + request);
            tablet.pick(
                    "#startsAt",
                    LocalDateTime.now().minusHours(3).withSecond(0).withNano(0).toString());
            tablet.type("#minutes", "90");
            tablet.select("#mode", "ON_SITE");
            tablet.type("#participants", "훈련생, 팀장");
            tablet.type("#notes", "녹취 요약 프롬프트에 결정 사항 항목을 넣었습니다");
            tablet.submit("#visit-form");
            assertEquals("코칭 진행", tablet.find("#status").getText());
            assertTrue(
                    tablet.find("#visits").getText().contains("현장 방문"),
                    tablet.find("#visits").getText());
            tablet.type("#summary-text", "결정 사항이 빠지지 않게 되었습니다");
            tablet.submit("#end-form");
            assertEquals("해결", tablet.find("#status").getText());
        }

        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(learner.email(), PASSWORD);
            phone.waitForPath("/");
            phone.go("/coaching/" + request);
            phone.click("#rate input[value='5']");
            phone.type("#comment", "바로 해결됐어요");
            phone.submit("#rating-form");
            assertTrue(
                    phone.find("#rating").getText().contains("5"),
                    phone.find("#rating").getText());
            assertTrue(
                    phone.find("#history").getText().contains("평가"),
                    phone.find("#history").getText());
            assertTrue(phone.fitsWidth(), "the request fits a phone");
        }
    }
}
