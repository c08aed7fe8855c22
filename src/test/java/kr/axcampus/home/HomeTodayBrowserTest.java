package kr.axcampus.home;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every home shows today: the learner's check-in card and progress ring, the instructor's sessions and desk. */
@QuarkusTest
class HomeTodayBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void aLearnerChecksInAndOutFromTheTodayCardAndTheRingMoves() throws Exception {
        UserView instructor = data.named("오늘강사 " + TestData.unique(), "instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("오늘 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        SessionView now = data.session(cohort, Instant.now().minus(Duration.ofMinutes(30)), 60, SessionKind.PRACTICUM);
        data.session(cohort, Instant.now().plus(Duration.ofDays(2)), 240, SessionKind.LECTURE);

        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(learner.email(), "learner-pass-1");
            phone.waitForPath("/");
            String card = phone.find("#today [data-session='" + now.id() + "']").getText();
            assertTrue(card.contains("실습") && card.contains(cohort.code()), card);
            assertEquals(
                    "0%",
                    phone.find("#my-progress [data-cohort='" + cohort.id() + "'] .ring-text")
                            .getText());
            assertTrue(phone.fitsWidth(), "the home fits a phone");
            assertEquals(List.of(), phone.accessibilityViolations());
            Files.write(Path.of("target", "home-learner-phone.png"), phone.screenshot());

            phone.click("#today [data-session='" + now.id() + "'] a.button");
            phone.waitForPath("/check-in/" + now.id());
            phone.type("#code", code(instructor, now));
            phone.submit("#check-in-form");
            String flash = phone.find(".flash").getText();
            assertTrue(flash.contains("차시에 입실했습니다") && flash.contains("지각"), flash);

            phone.go("/");
            card = phone.find("#today [data-session='" + now.id() + "']").getText();
            assertTrue(card.contains("입실") && card.contains("퇴실하기"), card);
            assertFalse(card.contains("입실하기"), "no second check-in: " + card);

            phone.click("#today [data-session='" + now.id() + "'] a.button");
            phone.waitForPath("/check-in/" + now.id());
            phone.type("#code", code(instructor, now));
            phone.find("#check-out").click();
            String asked = phone.dismissQuestion();
            assertTrue(asked.contains("조퇴"), "checking out half an hour early asks first: " + asked);
            assertEquals("/check-in/" + now.id(), phone.path());
            assertFalse(phone.has(".flash"), "nothing was recorded");

            // The instructor closes the session: the learner is credited up to its end, and the ring moves.
            given().auth()
                    .oauth2(data.token(instructor))
                    .contentType(ContentType.JSON)
                    .body(Map.of())
                    .post("/api/sessions/" + now.id() + "/close")
                    .then()
                    .statusCode(200);
            phone.go("/");
            String ring = phone.find("#my-progress [data-cohort='" + cohort.id() + "'] .ring-text")
                    .getText();
            assertEquals("2%", ring, "thirty minutes of eighteen hours");
            assertTrue(phone.find("#my-progress").getText().matches("(?s).*(29|30)분 / 18시간.*"), phone.text());
            assertTrue(phone.find("#today [data-session='" + now.id() + "']")
                    .getText()
                    .contains("지각"));
        }
    }

    @Test
    void theInstructorOpensTodaysLiveScreenFromHomeAndSeesTheDesk() throws Exception {
        UserView instructor = data.named("데스크강사 " + TestData.unique(), "instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("데스크 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        CohortView notMine = data.cohort("PX-OFFICE-GENAI", 20);
        data.enroll(cohort, learner);
        SessionView today = data.session(cohort, Instant.now().minus(Duration.ofMinutes(5)), 120, SessionKind.LECTURE);
        data.session(notMine, Instant.now().minus(Duration.ofMinutes(5)), 120, SessionKind.LECTURE);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("minutes", 60, "performedOn", LocalDate.now().toString(), "description", "복습"))
                .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                .then()
                .statusCode(201);

        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(instructor.email(), "instructor-pass-1");
            desk.waitForPath("/");
            String sessions = desk.find("#today-sessions").getText();
            assertTrue(sessions.contains(cohort.code()), sessions);
            assertFalse(sessions.contains(notMine.code()), "only the cohorts they teach");
            assertEquals("1", desk.find("#count-logs").getText(), "the practice log waiting for them");
            String row = desk.find("#desk-cohorts").getText();
            assertTrue(row.contains(cohort.code()), row);
            assertEquals(List.of(), desk.accessibilityViolations());
            Files.write(Path.of("target", "home-instructor.png"), desk.screenshot());

            desk.click("#today-sessions a[href='/sessions/" + today.id() + "/live']");
            desk.waitForPath("/sessions/" + today.id() + "/live");
            desk.waitForText("#live-code", text -> text.matches("\\d{6}"));

            // The roll opens on today's session: everyone present at once, then one learner corrected.
            desk.go("/cohorts/" + cohort.id());
            assertTrue(desk.find("#roster thead th.focus").getText().contains("오늘"), "today is marked");
            desk.submitConfirmed("#all-present-form");
            assertTrue(desk.find(".flash").getText().contains("1명을 출석으로 처리했습니다"), desk.text());
            String cell = desk.find("#roster tr[data-user='" + learner.id() + "'] td.today")
                    .getText();
            assertEquals("출석 2시간", cell);
            desk.click("#roster tr[data-user='" + learner.id() + "'] td.today a.cell");
            desk.waitForPath("/sessions/" + today.id() + "/attendance/" + learner.id() + "/edit");
            desk.select("#status", "LATE");
            desk.type("#reason", "10시 도착 확인");
            desk.submit("#edit-form");
            assertTrue(desk.path().startsWith("/cohorts/" + cohort.id()), desk.path());
            assertTrue(
                    desk.find("#roster tr[data-user='" + learner.id() + "'] td.today")
                            .getText()
                            .startsWith("지각"),
                    desk.find("#roster").getText());
            assertEquals(List.of(), desk.accessibilityViolations());
        }
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(instructor.email(), "instructor-pass-1");
            phone.waitForPath("/");
            phone.go("/cohorts/" + cohort.id());
            String one =
                    phone.find("#roll-one li[data-user='" + learner.id() + "']").getText();
            assertTrue(one.contains("지각"), "one session at a time on a phone: " + one);
            assertTrue(phone.fitsWidth(), "the roll fits a phone");
            assertEquals(List.of(), phone.accessibilityViolations());
        }
    }

    private String code(UserView instructor, SessionView session) {
        return given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }
}
