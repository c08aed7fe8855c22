package kr.axcampus.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.FaultControl;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/**
 * PostgreSQL restarting under the app (issue 12, item 8; bench/pg-restart.sh does it under load):
 * while it is down a check-in is 503 problem+json with Retry-After, a page says so in Korean,
 * readiness is DOWN and liveness stays UP (the pod is not killed for it); within ten seconds of its
 * return everything works again, and what was refused was not written.
 */
@QuarkusTest
class DatabaseOutageTest {
    private static final String PASSWORD = "outage-pass-1";
    private static final Duration RECOVERY = Duration.ofSeconds(10);

    @Inject
    TestData data;

    private boolean down;

    private void postgres(String command) {
        FaultControl.send(TestInfrastructure.POSTGRES_CONTROL, command);
        down = command.equals("stop");
    }

    @AfterEach
    void bringItBack() {
        if (down) {
            postgres("start");
        }
    }

    private static Response checkIn(String token, SessionView session, String code) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/api/sessions/" + session.id() + "/check-in");
    }

    @Test
    void aRestartIsA503WhileDownAndWorksAgainWithinTenSecondsWithNothingHalfWritten() throws Exception {
        UserView instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 3, instructor);
        UUID company = UUID.fromString(data.company("재시작 회사").id());
        UserView early = data.user(PASSWORD, company, Role.LEARNER);
        UserView during = data.user(PASSWORD, company, Role.LEARNER);
        data.enroll(cohort, early);
        data.enroll(cohort, during);
        SessionView session = data.session(cohort, Instant.now().minusSeconds(120), 120, SessionKind.LECTURE);
        String teacher = data.token(instructor);
        String duringToken = data.token(during);
        String code = given().auth()
                .oauth2(teacher)
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        checkIn(data.token(early), session, code).then().statusCode(200);

        postgres("stop");
        checkIn(duringToken, session, code)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/database-unavailable"))
                .body("detail", containsString("nothing was saved"));
        given().cookie("axc_token", duringToken)
                .header("Accept-Language", "ko")
                .accept(ContentType.HTML)
                .get("/cohorts/" + cohort.id())
                .then()
                .statusCode(503)
                .contentType(ContentType.HTML)
                .body(containsString("일시적으로 이용할 수 없음"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);

        postgres("start");
        long back = System.nanoTime();
        awaitWithin(back, () -> given().get("/q/health/ready").statusCode() == 200);
        awaitWithin(back, () -> checkIn(duringToken, session, code).statusCode() == 200);

        List<String> present = given().auth()
                .oauth2(teacher)
                .get("/api/sessions/" + session.id() + "/attendance")
                .then()
                .statusCode(200)
                .extract()
                .path("userId");
        assertThat(present, containsInAnyOrder(early.id(), during.id()));
        given().auth()
                .oauth2(teacher)
                .get("/api/sessions/" + session.id() + "/attendance/" + during.id() + "/history")
                .then()
                .statusCode(200)
                .body("change.kind", equalTo(List.of("CHECK_IN")));
    }

    private static void awaitWithin(long since, BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            assertThat("back within ten seconds", Duration.ofNanos(System.nanoTime() - since), lessThan(RECOVERY));
            Thread.sleep(100);
        }
    }
}
