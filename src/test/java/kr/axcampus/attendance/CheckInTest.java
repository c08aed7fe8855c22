package kr.axcampus.attendance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.CohortSession;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Self check-in: window, late threshold, codes, rights, and one record per learner under a storm. */
@QuarkusTest
class CheckInTest {
    private static final String COURSE = "PX-DATA-REPORTING";

    @Inject
    TestData data;

    private UserView instructor;
    private UserView learner;
    private CohortView cohort;

    private void cohortWithLearner() {
        instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("입실 회사").id()), Role.LEARNER);
        cohort = data.cohort(COURSE, 300, instructor);
        data.enroll(cohort, learner);
    }

    private SessionView sessionStartingIn(long seconds, int minutes) {
        return data.session(cohort, Instant.now().plusSeconds(seconds), minutes, SessionKind.PRACTICUM);
    }

    private String liveCode(SessionView session) {
        return given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .body("code", matchesPattern("\\d{6}"))
                .body("checkInUrl", matchesPattern(".*/check-in/" + session.id() + "\\?code=\\d{6}"))
                .body("validUntil", notNullValue())
                .extract()
                .path("code");
    }

    private io.restassured.response.ValidatableResponse checkIn(UserView who, SessionView session, String code) {
        return given().auth()
                .oauth2(data.token(who))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .when()
                .post("/api/sessions/" + session.id() + "/check-in")
                .then();
    }

    @Test
    void theFirstCheckInAnswersTheInstantItsRepeatsAnswerToTheMicrosecond() {
        cohortWithLearner();
        SessionView open = sessionStartingIn(-60, 60);
        String first =
                checkIn(learner, open, liveCode(open)).statusCode(200).extract().path("checkInAt");
        String again =
                checkIn(learner, open, liveCode(open)).statusCode(200).extract().path("checkInAt");
        assertEquals(first, again, "the same record, the same time");
        assertEquals(Instant.parse(first), Instant.parse(first).truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void theWindowOpensThirtyMinutesBeforeAndLateStartsAfterTenMinutes() {
        cohortWithLearner();
        SessionView notYet = sessionStartingIn(30 * 60 + 3, 60);
        checkIn(learner, notYet, liveCode(notYet))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/check-in-closed"));

        SessionView justOpen = sessionStartingIn(30 * 60 - 2, 60);
        checkIn(learner, justOpen, liveCode(justOpen))
                .statusCode(200)
                .body("status", equalTo("PRESENT"))
                .body("method", equalTo("CODE"))
                .body("userId", equalTo(learner.id()));

        SessionView onTime = sessionStartingIn(-(10 * 60 - 3), 60);
        checkIn(learner, onTime, liveCode(onTime)).statusCode(200).body("status", equalTo("PRESENT"));

        SessionView late = sessionStartingIn(-(10 * 60 + 2), 60);
        checkIn(learner, late, liveCode(late)).statusCode(200).body("status", equalTo("LATE"));

        SessionView over = sessionStartingIn(-(60 * 60 + 2), 60);
        checkIn(learner, over, liveCode(over)).statusCode(409).body("type", equalTo("/problems/check-in-closed"));
    }

    @Test
    void wrongAndStaleCodesAreRefusedAndTheRightsAreChecked() {
        cohortWithLearner();
        SessionView session = sessionStartingIn(-60, 60);
        byte[] secret = QuarkusTransaction.requiringNew()
                .call(() -> CohortSession.<CohortSession>findById(UUID.fromString(session.id())).secret);
        String stale = CheckInCodes.code(secret, CheckInCodes.step(Instant.now()) - 2);
        checkIn(learner, session, stale).statusCode(422).body("type", equalTo("/problems/invalid-code"));
        String wrong = String.format("%06d", (Integer.parseInt(liveCode(session)) + 1) % 1_000_000);
        checkIn(learner, session, wrong).statusCode(422);
        checkIn(learner, session, "abc").statusCode(422);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body("{\"code\": 123")
                .when()
                .post("/api/sessions/" + session.id() + "/check-in")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        String previous = CheckInCodes.code(secret, CheckInCodes.step(Instant.now()) - 1);
        checkIn(learner, session, previous).statusCode(200).body("status", equalTo("PRESENT"));

        UserView stranger =
                data.user("learner-pass-1", UUID.fromString(data.company("남 회사").id()), Role.LEARNER);
        checkIn(stranger, session, liveCode(session)).statusCode(403).body("type", equalTo("/problems/not-enrolled"));
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        data.cohort(COURSE, 10, otherInstructor);
        given().auth()
                .oauth2(data.token(otherInstructor))
                .when()
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/sessions/" + session.id() + "/check-in-code.svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml");
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/sessions/" + session.id() + "/check-in-code.png")
                .then()
                .statusCode(200)
                .contentType("image/png");
    }

    @Test
    void twoHundredConcurrentCheckInsOfAHundredLearnersMakeAHundredRecords() throws Exception {
        cohortWithLearner();
        SessionView session = sessionStartingIn(-60, 120);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            UserView someone = data.user("learner-pass-1", UUID.fromString(learner.companyId()), Role.LEARNER);
            data.enroll(cohort, someone);
            tokens.add(data.token(someone));
        }
        String code = liveCode(session);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String token : tokens) {
            for (int twice = 0; twice < 2; twice++) {
                calls.add(() -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("code", code))
                        .when()
                        .post("/api/sessions/" + session.id() + "/check-in")
                        .then()
                        .extract()
                        .statusCode());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            assertEquals(200, statuses.size());
            assertEquals(List.of(200), statuses.stream().distinct().toList(), "every answer is 200: " + statuses);
        } finally {
            pool.shutdown();
        }
        long records = QuarkusTransaction.requiringNew()
                .call(() -> AttendanceRecord.count("sessionId", UUID.fromString(session.id())));
        assertEquals(100, records);
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/sessions/" + session.id() + "/attendance")
                .then()
                .statusCode(200)
                .body("findAll { it.status == 'PRESENT' }", hasSize(100));
    }

    @Test
    void checkOutCreditsTheOverlapAndClosingCreditsThoseWhoStayed() {
        cohortWithLearner();
        UserView stayer = data.user("learner-pass-1", UUID.fromString(learner.companyId()), Role.LEARNER);
        data.enroll(cohort, stayer);
        SessionView session = sessionStartingIn(-40 * 60, 60);
        String code = liveCode(session);
        checkIn(learner, session, code)
                .statusCode(200)
                .body("status", equalTo("LATE"))
                .body("creditedMinutes", equalTo(0));
        checkIn(stayer, session, code).statusCode(200);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .when()
                .post("/api/sessions/" + session.id() + "/check-out")
                .then()
                .statusCode(200)
                .body("status", equalTo("LEFT_EARLY"))
                .body("checkOutAt", notNullValue())
                .body("creditedMinutes", equalTo(0));
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .when()
                .post("/api/sessions/" + session.id() + "/check-out")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/sessions/" + session.id() + "/close")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/sessions/" + session.id() + "/close")
                .then()
                .statusCode(200)
                .body(
                        "find { it.userId == '" + stayer.id() + "' }.creditedMinutes",
                        org.hamcrest.Matchers.either(equalTo(19)).or(equalTo(20)))
                .body("find { it.userId == '" + learner.id() + "' }.creditedMinutes", equalTo(0));
        given().auth()
                .oauth2(data.token(stayer))
                .when()
                .get("/api/sessions/" + session.id() + "/attendance/" + stayer.id() + "/history")
                .then()
                .statusCode(200)
                .body("change.kind", equalTo(List.of("CHECK_IN", "SESSION_CLOSED")));
    }

    @Test
    void aNetworkAllowListRefusesOtherAddresses() {
        instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        learner =
                data.user("learner-pass-1", UUID.fromString(data.company("망 회사").id()), Role.LEARNER);
        String cohortId = given().auth()
                .oauth2(data.token(data.user("admin-pass-1", null, Role.ADMIN)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        "NET-" + TestData.unique(),
                        "startDate",
                        "2026-01-01",
                        "endDate",
                        "2027-12-31",
                        "capacity",
                        10,
                        "mode",
                        "ON_SITE",
                        "instructorIds",
                        List.of(instructor.id()),
                        "allowedNetworks",
                        List.of("203.0.113.0/24")))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(201)
                .body("allowedNetworks", equalTo(List.of("203.0.113.0/24")))
                .extract()
                .path("id");
        cohort = given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/cohorts/" + cohortId)
                .then()
                .extract()
                .as(CohortView.class);
        data.enroll(cohort, learner);
        SessionView session = sessionStartingIn(-60, 60);
        checkIn(learner, session, liveCode(session))
                .statusCode(403)
                .body("type", equalTo("/problems/network-not-allowed"));
        given().auth()
                .oauth2(data.token(data.user("admin-pass-1", null, Role.ADMIN)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        "NET-" + TestData.unique(),
                        "startDate",
                        "2026-01-01",
                        "endDate",
                        "2026-01-02",
                        "capacity",
                        10,
                        "mode",
                        "ON_SITE",
                        "allowedNetworks",
                        List.of("not-a-network")))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("allowedNetworks"));
    }
}
