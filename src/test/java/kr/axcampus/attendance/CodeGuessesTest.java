package kr.axcampus.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Guessing a six-digit code is slowed down (issue 12): after five wrong codes in a minute a
 * learner waits, even with the right code; the other learners do not; and a session that takes
 * a hundred wrong codes a minute from all its learners together makes everyone wait a little.
 */
@QuarkusTest
class CodeGuessesTest {
    @Inject
    TestData data;

    private UserView instructor;
    private CohortView cohort;

    private SessionView openSession(int learners, List<UserView> enrolled) {
        instructor = data.user("guess-pass-1", null, Role.INSTRUCTOR);
        cohort = data.cohort("PX-OFFICE-GENAI", learners + 1, instructor);
        UUID company = UUID.fromString(data.company("추측 회사").id());
        for (int i = 0; i < learners; i++) {
            UserView learner = data.user("guess-pass-1", company, Role.LEARNER);
            data.enroll(cohort, learner);
            enrolled.add(learner);
        }
        return data.session(cohort, Instant.now().minusSeconds(120), 120, SessionKind.LECTURE);
    }

    private String liveCode(SessionView session) {
        return given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private ValidatableResponse checkIn(UserView learner, SessionView session, String code) {
        return given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/api/sessions/" + session.id() + "/check-in")
                .then();
    }

    @Test
    void fiveWrongCodesMakeALearnerWaitEvenWithTheRightOneAndOnlyThatLearner() {
        List<UserView> learners = new ArrayList<>();
        SessionView session = openSession(2, learners);
        UserView guesser = learners.get(0);
        for (int i = 0; i < 5; i++) {
            checkIn(guesser, session, wrong(liveCode(session))).statusCode(422);
        }
        checkIn(guesser, session, wrong(liveCode(session))).statusCode(422);
        checkIn(guesser, session, liveCode(session))
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-attempts"));
        checkIn(learners.get(1), session, liveCode(session)).statusCode(200).body("status", equalTo("PRESENT"));
    }

    @Test
    void aHundredWrongCodesFromOneSessionsLearnersMakeTheSessionWait() {
        List<UserView> learners = new ArrayList<>();
        SessionView session = openSession(21, learners);
        String wrong = wrong(liveCode(session));
        for (UserView learner : learners.subList(0, 20)) {
            for (int i = 0; i < 5; i++) {
                checkIn(learner, session, wrong).statusCode(422);
            }
        }
        UserView honest = learners.get(20);
        checkIn(honest, session, wrong).statusCode(422);
        // One wrong code of their own, far from their limit: the session's hundred and first blocks them.
        checkIn(honest, session, liveCode(session)).statusCode(429).header("Retry-After", notNullValue());
    }
}
