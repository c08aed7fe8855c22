package kr.axcampus.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.delivery.FinishedCohorts;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestMail;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inbox and mail settings through the API (API.md "Calendars and notices"), and the decisions that post notices. */
@QuarkusTest
class NoticeApiTest {
    private static final String PASSWORD = "notice-api-pass-1";

    @Inject
    TestData data;

    @Inject
    FinishedCohorts finished;

    @Inject
    MailSender sender;

    @Test
    void decisionsAboutALearnersWorkReachTheirInboxWithThePageToActOn() {
        FinishedCohorts.Cohort c = finished.finished();
        String cohort = c.cohort().id();
        String teacher = data.token(c.instructor());
        String absentee = data.token(c.absentee());
        String correction = post(
                        absentee,
                        "/api/sessions/" + c.session().id() + "/attendance/"
                                + c.absentee().id() + "/correction-requests",
                        Map.of("requestedStatus", "PRESENT", "reason", "출석 태그를 놓쳤습니다"))
                .statusCode(201)
                .extract()
                .path("id");
        post(teacher, "/api/correction-requests/" + correction + "/reject", Map.of("reason", "출입 기록이 없습니다"))
                .statusCode(200);
        String log = post(
                        absentee,
                        "/api/cohorts/" + cohort + "/practice-logs",
                        Map.of("minutes", 60, "performedOn", LocalDate.now().toString(), "description", "보고서 자동화 실습"))
                .statusCode(201)
                .extract()
                .path("id");
        post(teacher, "/api/practice-logs/" + log + "/approve", Map.of()).statusCode(200);
        post(teacher, "/api/cohorts/" + cohort + "/close", Map.of()).statusCode(200);

        JsonPath completer = inbox(data.token(c.completer()), "");
        assertEquals(
                "/cohorts/" + cohort + "/submission",
                completer.getString("items.find { it.kind == 'DELIVERABLE_REVIEWED' }.link"));
        assertEquals("제출한 산출물이 승인되었습니다.", completer.getString("items.find { it.kind == 'DELIVERABLE_REVIEWED' }.body"));
        String serial = given().auth()
                .oauth2(data.token(c.completer()))
                .get("/api/cohorts/" + cohort + "/results")
                .then()
                .extract()
                .path("find { it.userId == '" + c.completer().id() + "' }.certificateSerial");
        assertTrue(
                completer
                        .getString("items.find { it.kind == 'CERTIFICATE_READY' }.body")
                        .contains(String.valueOf(serial)),
                "the certificate's serial is named: " + completer.prettify());
        assertEquals(
                "/cohorts/" + cohort + "/me",
                completer.getString("items.find { it.kind == 'CERTIFICATE_READY' }.link"));

        JsonPath absent = inbox(absentee, "");
        assertEquals(
                List.of("PRACTICE_LOG_DECIDED", "CORRECTION_DECIDED"),
                absent.getList("items.kind"),
                "newest first, and no certificate for who did not complete");
        assertTrue(absent.getString("items[1].body").contains("반려"), absent.getString("items[1].body"));
        assertTrue(absent.getString("items[1].body").contains("출입 기록이 없습니다"), "the reason is told");
        assertEquals("/cohorts/" + cohort + "/me/practice-logs", absent.getString("items[0].link"));
    }

    @Test
    void aNoticeIsItsRecipientsAloneAndSpeaksTheirLanguage() {
        Coached c = coached();
        String learner = data.token(c.learner());
        JsonPath mine = inbox(learner, "?unread=true");
        String notice = mine.getString("items.find { it.link == '/coaching/" + c.request() + "' }.id");
        assertEquals("COACHING_UPDATED", mine.getString("items.find { it.id == '" + notice + "' }.kind"));
        assertTrue(mine.getString("items[0].body").contains("코치 배정"), "the status in words: " + mine.prettify());
        // The coach hears of it too: their own notice, not the learner's.
        JsonPath coach = inbox(data.token(c.coach()), "");
        assertEquals("코칭 요청이 코치님께 배정되었습니다.", coach.getString("items[0].body"));
        assertTrue(!coach.getList("items.id").contains(notice));

        for (String outsider : List.of(
                data.token(c.colleague()),
                data.token(c.otherCeo()),
                data.token(c.otherInstructor()),
                data.tokenFor(Role.ADMIN, null))) {
            post(outsider, "/api/me/notices/" + notice + "/read", Map.of())
                    .statusCode(404)
                    .contentType("application/problem+json");
            assertTrue(!inbox(outsider, "").getList("items.id").contains(notice));
        }
        post(learner, "/api/me/notices/not-a-notice/read", Map.of()).statusCode(404);
        given().auth()
                .oauth2(learner)
                .get("/api/me/notices?unread=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unread"));

        String readAt = post(learner, "/api/me/notices/" + notice + "/read", Map.of())
                .statusCode(200)
                .body("readAt", notNullValue())
                .extract()
                .path("readAt");
        post(learner, "/api/me/notices/" + notice + "/read", Map.of())
                .statusCode(200)
                .body("readAt", equalTo(readAt));
        assertTrue(!inbox(learner, "?unread=true").getList("items.id").contains(notice), "read: off the unread list");
        assertEquals(readAt, inbox(learner, "").getString("items.find { it.id == '" + notice + "' }.readAt"));

        // Choosing English on the pages: the inbox (and later mail) speaks English.
        given().auth()
                .oauth2(learner)
                .redirects()
                .follow(false)
                .get("/lang/en?next=/")
                .then()
                .statusCode(303);
        assertEquals(
                "Your coaching request is now ‘Coach assigned’.",
                inbox(learner, "").getString("items.find { it.id == '" + notice + "' }.body"));
        given().auth()
                .oauth2(learner)
                .redirects()
                .follow(false)
                .get("/lang/ko?next=/")
                .then()
                .statusCode(303);
    }

    @Test
    void mailPreferencesNameBadKindsAndDecideWhatAlsoGoesByMail() throws Exception {
        UserView learner = data.named("알림 설정 훈련생", PASSWORD, company(), Role.LEARNER);
        String token = data.token(learner);
        given().auth()
                .oauth2(token)
                .get("/api/me/notice-preferences")
                .then()
                .statusCode(200)
                .body("mail.AT_RISK", equalTo(true))
                .body("mail.CERTIFICATE_READY", equalTo(true))
                .body("mail.size()", equalTo(NoticeKind.values().length));

        put(token, "/api/me/notice-preferences", Map.of("mail", Map.of("AT_RISK", false, "NOPE", true)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("mail.NOPE"));
        put(token, "/api/me/notice-preferences", Map.of("mail", Map.of("AT_RISK", "sometimes")))
                .statusCode(400)
                .contentType("application/problem+json");
        put(token, "/api/me/notice-preferences", Map.of()).statusCode(400).body("errors.field", hasItem("mail"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"mail\": {")
                .put("/api/me/notice-preferences")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token).get("/api/me/notice-preferences").then().body("mail.AT_RISK", equalTo(true));

        // A kind turned off by mail still reaches the inbox, and nothing is mailed.
        Coached c = coached(learner);
        put(token, "/api/me/notice-preferences", Map.of("mail", Map.of("COACHING_UPDATED", false)))
                .statusCode(200)
                .body("mail.COACHING_UPDATED", equalTo(false))
                .body("mail.AT_RISK", equalTo(true));
        String operator = data.tokenFor(Role.ADMIN, null);
        post(operator, "/api/coaching-requests/" + c.request() + "/close", Map.of("summary", "다른 방법으로 해결"))
                .statusCode(200);
        assertEquals(
                2,
                inbox(token, "")
                        .getList("items.findAll { it.kind == 'COACHING_UPDATED' }")
                        .size());
        sender.sendDue(java.time.Instant.now());
        Thread.sleep(1500);
        assertEquals(1, TestMail.to(learner.email(), "COACHING_UPDATED").size(), "only the one sent before the choice");

        // The centre's defaults: the operators'; a person's own choice wins over them.
        for (String notOperator : List.of(token, data.token(c.coach()))) {
            given().auth()
                    .oauth2(notOperator)
                    .get("/api/notice-defaults")
                    .then()
                    .statusCode(403);
            put(notOperator, "/api/notice-defaults", Map.of("mail", Map.of("AT_RISK", false)))
                    .statusCode(403);
            given().auth().oauth2(notOperator).get("/api/sent-notices").then().statusCode(403);
        }
        put(operator, "/api/notice-defaults", Map.of("mail", Map.of("BOGUS", false)))
                .statusCode(400)
                .body("errors.field", hasItem("mail.BOGUS"));
        try {
            put(operator, "/api/notice-defaults", Map.of("mail", Map.of("PRACTICE_LOG_DECIDED", false)))
                    .statusCode(200)
                    .body("mail.PRACTICE_LOG_DECIDED", equalTo(false));
            given().auth()
                    .oauth2(token)
                    .get("/api/me/notice-preferences")
                    .then()
                    .body("mail.PRACTICE_LOG_DECIDED", equalTo(false))
                    .body("mail.COACHING_UPDATED", equalTo(false));
            put(token, "/api/me/notice-preferences", Map.of("mail", Map.of("PRACTICE_LOG_DECIDED", true)))
                    .statusCode(200)
                    .body("mail.PRACTICE_LOG_DECIDED", equalTo(true))
                    .body("mail.COACHING_UPDATED", equalTo(true));
        } finally {
            put(operator, "/api/notice-defaults", Map.of("mail", Map.of("PRACTICE_LOG_DECIDED", true)))
                    .statusCode(200);
        }
        given().auth()
                .oauth2(operator)
                .get("/api/sent-notices?state=SOMETIMES")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().auth()
                .oauth2(operator)
                .get("/api/sent-notices?state=SENT&size=200")
                .then()
                .statusCode(200)
                .body("items.state", not(hasItem("FAILED")))
                .body("items[0].to", notNullValue())
                .body("items[0].subject", notNullValue());
    }

    record Coached(
            String request,
            UserView learner,
            UserView colleague,
            UserView coach,
            UserView otherInstructor,
            UserView otherCeo) {}

    private Coached coached() {
        return coached(null);
    }

    /** A learner (given or new) trained by a coach asks for coaching; an operator assigns the coach. */
    private Coached coached(UserView asker) {
        UUID company = asker == null ? company() : UUID.fromString(asker.companyId());
        UserView learner = asker != null ? asker : data.named("알림 훈련생", PASSWORD, company, Role.LEARNER);
        UserView coach = data.named("알림 코치", PASSWORD, null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, coach);
        data.enroll(cohort, learner);
        String request = post(
                        data.token(learner),
                        "/api/coaching-requests",
                        Map.of("title", "회의록 자동화", "problem", "요약이 자꾸 빠진다", "urgency", "NORMAL"))
                .statusCode(201)
                .extract()
                .path("id");
        post(
                        data.tokenFor(Role.ADMIN, null),
                        "/api/coaching-requests/" + request + "/assign",
                        Map.of("coachId", coach.id()))
                .statusCode(200);
        return new Coached(
                request,
                learner,
                data.named("알림 동료", PASSWORD, company, Role.LEARNER),
                coach,
                data.named("다른 반 강사", PASSWORD, null, Role.INSTRUCTOR),
                data.named("다른 회사 대표", PASSWORD, company(), Role.CEO));
    }

    private UUID company() {
        return UUID.fromString(data.company("알림 회사").id());
    }

    private static JsonPath inbox(String token, String query) {
        return given().auth()
                .oauth2(token)
                .get("/api/me/notices" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static ValidatableResponse put(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then();
    }
}
