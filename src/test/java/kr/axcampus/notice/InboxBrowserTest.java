package kr.axcampus.notice;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bell in a browser: the instructor sends a deliverable back, the learner's unread count rises
 * on the next page, and the inbox's notice leads to the deliverable.
 */
@QuarkusTest
class InboxBrowserTest {
    private static final String PASSWORD = "inbox-pass-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void theBellCountsTheSentBackDeliverableAndTheInboxLeadsToIt() {
        UserView instructor = data.named("검토 강사", PASSWORD, null, Role.INSTRUCTOR);
        UserView learner = data.named(
                "제출 훈련생", PASSWORD, UUID.fromString(data.company("알림함 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        data.enroll(cohort, learner);
        String teacher = data.token(instructor);
        String version = data.handIn(cohort, learner, instructor);

        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(learner.email(), PASSWORD);
            browser.waitForPath("/");
            int before = unread(browser);
            assertEquals("알림함, 읽지 않은 알림 " + before + "개", browser.find("#bell").getAttribute("aria-label"));

            given().auth()
                    .oauth2(teacher)
                    .contentType(ContentType.JSON)
                    .body(Map.of("decision", "CHANGES_REQUESTED", "comment", "효과 수치를 넣어 주세요"))
                    .post("/api/submissions/" + version + "/review")
                    .then()
                    .statusCode(200);

            browser.go("/");
            assertEquals(before + 1, unread(browser), "the bell counts the new notice");
            browser.click("#bell");
            browser.waitForPath("/notices");
            assertTrue(
                    browser.accessibilityViolations().isEmpty(),
                    browser.accessibilityViolations().toString());
            String newest = browser.find("#notices .notice").getText();
            assertTrue(newest.contains("산출물 검토 결과"), newest);
            assertTrue(newest.contains("보완 요청"), newest);
            browser.click("#notices .notice .notice-title");
            browser.waitForPath("/cohorts/" + cohort.id() + "/submission");
            assertTrue(browser.text().contains("효과 수치를 넣어 주세요"), "the review's comment is on the page it leads to");
            assertEquals(before, unread(browser), "opened: read");
        }
    }

    private static int unread(Browser browser) {
        return browser.has("#bell .count")
                ? Integer.parseInt(browser.find("#bell .count").getText().trim())
                : 0;
    }
}
