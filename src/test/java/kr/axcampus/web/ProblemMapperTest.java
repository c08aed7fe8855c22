package kr.axcampus.web;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProblemMapperTest {

    @Test
    void unknownApiPathsAreProblem404s() {
        given().when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aFormPostToTheApiWithoutItsCsrfTokenIsANamedProblem() {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("email", "a@b.kr")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/csrf"));
    }

    @Test
    void aPageFormPostedWithoutItsCsrfTokenShowsTheFormExpiredPage() {
        given().redirects()
                .follow(false)
                .accept("text/html")
                .contentType("application/x-www-form-urlencoded")
                .formParam("email", "a@b.kr")
                .formParam("password", "whatever-1")
                .when()
                .post("/login")
                .then()
                .statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("양식이 만료되었습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."));

        given().redirects()
                .follow(false)
                .accept("text/html")
                .header("Accept-Language", "en")
                .cookie("axc_csrf", "stale-token-from-an-old-tab")
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "another-token")
                .formParam("email", "a@b.kr")
                .when()
                .post("/login")
                .then()
                .statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("The form has expired. Reload the page and try again."));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().when().delete("/api/auth/login").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void pagesSendPeopleToSignIn() {
        given().redirects()
                .follow(false)
                .accept("text/html")
                .when()
                .get("/admin/users")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?next=%2Fadmin%2Fusers"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/companies'.post", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/auth/login'.post", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/materials'.get", org.hamcrest.Matchers.notNullValue())
                .body(
                        "paths.'/api/materials'.post.requestBody.content.'multipart/form-data'.schema.required",
                        org.hamcrest.Matchers.hasItems("scope", "scopeId", "file"))
                .body("paths.'/api/submissions/{id}/review'.post", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void livenessSwaggerUiAndMetricsAnswer() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("text/html")
                .when()
                .get("/q/swagger-ui")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("swagger-ui"));
        given().when().get("/api/no-such-thing").then().statusCode(404);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("http_server_requests"));
    }

    @Test
    void readinessChecksTheDatabaseAndObjectStorage() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'object-storage' }.status", equalTo("UP"))
                .body(
                        "checks.find { it.name == 'object-storage' }.data.store",
                        org.hamcrest.Matchers.startsWith("s3 "));
    }
}
