package kr.axcampus.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every reason the API accepts survives a correction's decision: a learner may explain a request
 * in up to 1,000 characters and an instructor a decision in up to 500, and accepting it records
 * the reason in the record's history with a prefix — none of that may be cut off or refused by the
 * database after the request was accepted.
 */
@QuarkusTest
class CorrectionReasonTest {

    @Inject
    TestData data;

    /** An instructor's cohort with one learner of a company enrolled. */
    private record Scene(TestData data, UserView instructor, UserView learner, CohortView cohort) {
        /** An hour's lecture that began some hours ago: its record may still be corrected. */
        SessionView pastSession(int hoursAgo) {
            return data.session(cohort, Instant.now().minus(Duration.ofHours(hoursAgo)), 60, SessionKind.LECTURE);
        }
    }

    private Scene scene(String company) {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company(company).id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        data.enroll(cohort, learner);
        return new Scene(data, instructor, learner, cohort);
    }

    private String request(UserView learner, SessionView session, String reason) {
        return given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("requestedStatus", "PRESENT", "reason", reason))
                .post("/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/correction-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void theLongestReasonsAreKeptWhole() {
        Scene scene = scene("긴 사유 회사");
        UserView instructor = scene.instructor();
        UserView learner = scene.learner();
        SessionView first = scene.pastSession(5);
        SessionView second = scene.pastSession(3);
        String learnersReason = "출석부에 서명했지만 누락되었습니다. ".repeat(50).substring(0, 999) + ".";
        String instructorsReason = "현장 출석부로 확인함. ".repeat(50).substring(0, 499) + ".";

        // Accepted without a reason of the instructor's own: the learner's 1,000 characters stand.
        accept(instructor, request(learner, first, learnersReason), Map.of(), learnersReason);
        assertInHistory(learner, first, learner, learnersReason);

        // Accepted with the instructor's 500 characters.
        accept(
                instructor,
                request(learner, second, learnersReason),
                Map.of("reason", instructorsReason),
                instructorsReason);
        assertInHistory(instructor, second, learner, instructorsReason);
    }

    @Test
    void aDecisionsReasonOverItsLimitIsNamedAndNothingIsDecided() {
        Scene scene = scene("긴 결정 사유 회사");
        UserView instructor = scene.instructor();
        UserView learner = scene.learner();
        CohortView cohort = scene.cohort();
        SessionView session = scene.pastSession(4);
        String tooLong = "가".repeat(501);
        String correction = request(learner, session, "종이 출석부에 서명했습니다");
        String log = given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("minutes", 30, "performedOn", LocalDate.now().toString(), "description", "실습 복습"))
                .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (String path : List.of(
                "/api/correction-requests/" + correction + "/accept",
                "/api/correction-requests/" + correction + "/reject",
                "/api/practice-logs/" + log + "/approve",
                "/api/practice-logs/" + log + "/reject")) {
            given().auth()
                    .oauth2(data.token(instructor))
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", tooLong))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reason"));
        }
        // Nothing was decided: both can still be decided with a reason of 500 characters.
        accept(instructor, correction, Map.of("reason", tooLong.substring(1)), tooLong.substring(1));
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", tooLong.substring(1)))
                .post("/api/practice-logs/" + log + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
    }

    private void accept(UserView instructor, String requestId, Map<String, String> body, String decisionReason) {
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/correction-requests/" + requestId + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("decisionReason", equalTo(decisionReason));
    }

    private void assertInHistory(UserView reader, SessionView session, UserView learner, String reason) {
        given().auth()
                .oauth2(data.token(reader))
                .get("/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/history")
                .then()
                .statusCode(200)
                .body("reason", hasItem(endsWith(reason)));
    }
}
