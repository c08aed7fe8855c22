package kr.axcampus.web;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** By default the API's description and browser are the operators': others get 401 or 404. */
@QuarkusTest
@TestProfile(ApiDocsAccessTest.ProductionDefault.class)
class ApiDocsAccessTest {
    public static class ProductionDefault implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("axcampus.api-docs.public", "false");
        }
    }

    private static final String PASSWORD = "docs-pass-1";

    @Inject
    TestData data;

    @Test
    void onlyOperatorsReadTheApiDescription() {
        given().get("/q/openapi").then().statusCode(401).contentType("application/problem+json");
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(401);
        given().auth()
                .oauth2(data.token(data.user(PASSWORD, null, Role.INSTRUCTOR)))
                .get("/q/openapi")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get("/q/openapi").then().statusCode(401);

        String operator = data.token(data.user(PASSWORD, null, Role.ADMIN));
        given().auth().oauth2(operator).get("/q/openapi").then().statusCode(200).body(containsString("/api/cohorts"));
        given().cookie("axc_token", operator).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aDeactivatedOperatorsTokenNoLongerOpensIt() {
        UserView leaving = data.user(PASSWORD, null, Role.ADMIN);
        String token = data.token(leaving);
        given().auth().oauth2(token).get("/q/openapi").then().statusCode(200);
        given().auth()
                .oauth2(data.token(data.user(PASSWORD, null, Role.ADMIN)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사"))
                .post("/api/users/" + leaving.id() + "/deactivate")
                .then()
                .statusCode(200);
        given().auth().oauth2(token).get("/q/openapi").then().statusCode(401);
    }
}
