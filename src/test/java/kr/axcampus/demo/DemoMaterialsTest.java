package kr.axcampus.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/** The demo tells a true story: learner3's deliverable was accepted, learner4's was sent back. */
@QuarkusTest
class DemoMaterialsTest {
    private static String token(String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", DemoData.PASSWORD))
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    private static String cohortId(String token, String code) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/cohorts?size=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.code == '" + code + "' }.id");
    }

    @Test
    void theFinishedDemoCohortHasAnAcceptedAndASentBackDeliverable() {
        String instructor = token("instructor1@demo.axcampus.kr");
        String finished = cohortId(instructor, "PX-DATA-DEMO-0");
        given().auth()
                .oauth2(instructor)
                .when()
                .get("/api/cohorts/" + finished + "/progress")
                .then()
                .statusCode(200)
                .body("find { it.name == '윤서연' }.completion.status", equalTo("COMPLETED"))
                .body(
                        "find { it.name != '윤서연' }.completion.reasons.code",
                        hasItems("PRACTICUM_SHORT", "DELIVERABLE_MISSING"));
        given().auth()
                .oauth2(instructor)
                .when()
                .get("/api/cohorts/" + finished + "/submissions")
                .then()
                .statusCode(200)
                .body("status", hasItems("ACCEPTED", "CHANGES_REQUESTED"));

        String learner1 = token("learner1@daehan.demo.axcampus.kr");
        String running = cohortId(learner1, "PX-OFFICE-DEMO-1");
        given().auth()
                .oauth2(learner1)
                .queryParam("scope", "COHORT")
                .queryParam("scopeId", running)
                .when()
                .get("/api/materials")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].name", equalTo("1주차 실습 안내.md"));
    }
}
