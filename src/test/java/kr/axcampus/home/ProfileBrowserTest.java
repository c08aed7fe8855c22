package kr.axcampus.home;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17's "done when": a learner subscribes to their calendar from their profile page, on a phone. */
@QuarkusTest
class ProfileBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void aLearnerFindsTheirFeedOnTheirProfileOnAPhoneAndItHoldsTheirSession() throws Exception {
        UserView instructor = data.named("구독강사", "instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.named(
                "구독학습자", "learner-pass-1", UUID.fromString(data.company("구독 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        SessionView session = data.session(cohort, Instant.now().plus(Duration.ofDays(2)), 120, SessionKind.PRACTICUM);

        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(learner.email(), "learner-pass-1");
            phone.waitForPath("/");
            assertTrue(phone.has("#main-nav a[href='/me']"), "the menu leads to the profile");
            phone.go("/me");
            assertEquals("구독학습자", phone.find("#profile-name").getText());
            assertTrue(phone.find("#calendar h2").getText().contains("일정 구독"));
            String url = phone.find("#feed-url").getAttribute("value");
            assertEquals(url, phone.find("#feed-https").getAttribute("href"));
            assertEquals(
                    url.replaceFirst("^https?://", "webcal://"),
                    phone.find("#feed-webcal").getAttribute("href"));
            assertTrue(phone.fitsWidth(), "the profile fits a phone");
            assertEquals(List.of(), phone.accessibilityViolations());
            Files.write(Path.of("target", "profile-learner-phone.png"), phone.screenshot());

            Response feed = given().get(url);
            assertEquals(200, feed.statusCode());
            assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
            String text = feed.asString();
            assertTrue(text.contains("UID:session-" + session.id() + "@axcampus"), text);
            assertTrue(text.contains(cohort.code()), text);

            String question = phone.submitConfirmed("#calendar-reset-form");
            assertTrue(question.contains("새 주소"), question);
            phone.waitForPath("/me");
            assertTrue(phone.find(".flash").getText().contains("새 구독 주소"));
            String fresh = phone.find("#feed-url").getAttribute("value");
            assertNotEquals(url, fresh);
            assertEquals(404, given().get(url).statusCode(), "the old address stops at once");
            assertEquals(200, given().get(fresh).statusCode());
        }
    }
}
