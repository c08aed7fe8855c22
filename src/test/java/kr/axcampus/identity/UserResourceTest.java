package kr.axcampus.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.common.Role;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Concurrently;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UserResourceTest {
    @Inject
    TestData data;

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    private Map<String, Object> learner(String email, String companyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("name", "김학습");
        body.put("roles", List.of("LEARNER"));
        body.put("companyId", companyId);
        body.put("department", "생산팀");
        body.put("jobTitle", "대리");
        body.put("password", "learn-pass-1");
        return body;
    }

    private static String email() {
        return "learner-" + UUID.randomUUID() + "@test.axcampus.kr";
    }

    @Test
    void operatorCreatesReadsUpdatesAndListsPeople() {
        CompanyView company = data.company("사람관리");
        String email = email();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email, company.id()))
                .when()
                .post("/api/users")
                .then()
                .statusCode(201)
                .body("email", equalTo(email))
                .body("roles", containsInAnyOrder("LEARNER"))
                .body("companyId", equalTo(company.id()))
                .body("password", nullValue())
                .body("passwordHash", nullValue())
                .extract()
                .path("id");

        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/users/" + id)
                .then()
                .statusCode(200)
                .body("department", equalTo("생산팀"))
                .body("jobTitle", equalTo("대리"));

        Map<String, Object> update = learner(email, company.id());
        update.put("roles", List.of("LEARNER", "CEO"));
        update.put("jobTitle", "대표이사");
        update.remove("password");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("LEARNER", "CEO"))
                .body("jobTitle", equalTo("대표이사"));

        given().auth()
                .oauth2(admin())
                .queryParam("companyId", company.id())
                .when()
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("total", equalTo(1));
    }

    @Test
    void aDuplicateEmailIsA409WhateverTheCase() {
        CompanyView company = data.company("중복");
        String email = email();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email, company.id()))
                .when()
                .post("/api/users")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email.toUpperCase(), company.id()))
                .when()
                .post("/api/users")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-email"))
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void parallelCreatesWithOneEmailGiveOne201AndOnly409s() throws Exception {
        CompanyView company = data.company("동시가입");
        String email = email();
        String token = admin();
        var responses = Concurrently.send(
                10,
                () -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(learner(email, company.id()))
                        .when()
                        .post("/api/users")
                        .then()
                        .extract());

        List<Integer> statuses = Concurrently.statuses(responses);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one create wins: " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), "the others are conflicts: " + statuses);
        for (var response : responses) {
            if (response.statusCode() == 409) {
                assertEquals("application/problem+json", response.contentType());
                assertEquals("/problems/duplicate-email", response.path("type"));
                assertEquals("email", response.path("errors[0].field"));
            }
        }
    }

    @Test
    void eachInvalidFieldIsNamed() {
        Map<String, Object> body = learner("not-an-email", null);
        body.put("roles", List.of("WIZARD"));
        body.put("password", "short");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("roles"))
                .body("errors.field", hasItem("password"));

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email(), null))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("companyId"));

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email(), UUID.randomUUID().toString()))
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("companyId"));

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"email\": 42, \"roles\": \"ADMIN\"")
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.kr\", \"roles\": {}}")
                .when()
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void onlyOperatorsMayManagePeople() {
        CompanyView company = data.company("권한");
        for (Role role : new Role[] {Role.LEARNER, Role.INSTRUCTOR, Role.CEO}) {
            String token = data.tokenFor(role, UUID.fromString(company.id()));
            given().auth().oauth2(token).when().get("/api/users").then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(learner(email(), company.id()))
                    .when()
                    .post("/api/users")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/users").then().statusCode(401);
    }

    @Test
    void withoutATokenEveryUserEndpointIs401() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/users/" + id).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(learner(email(), null))
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType("text/csv")
                .body("email,name\n")
                .when()
                .post("/api/users/import")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUpdateWithMalformedJsonOrWrongTypesIsA400() {
        CompanyView company = data.company("수정 형식");
        String id = data.user("learn-pass-1", UUID.fromString(company.id()), Role.LEARNER)
                .id();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.kr\",")
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.kr\", \"name\": \"x\", \"roles\": {\"LEARNER\": true}}")
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("roles"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"email\": [\"a@b.kr\"], \"name\": \"x\", \"roles\": [\"LEARNER\"]}")
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void changingToAnotherPersonsEmailIsA409() {
        CompanyView company = data.company("수정 중복");
        String taken = data.user("learn-pass-1", UUID.fromString(company.id()), Role.LEARNER)
                .email();
        String id = data.user("learn-pass-1", UUID.fromString(company.id()), Role.LEARNER)
                .id();
        Map<String, Object> update = learner(taken.toUpperCase(), company.id());
        update.remove("password");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(update)
                .when()
                .put("/api/users/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-email"))
                .body("errors[0].field", equalTo("email"));
    }

    @Test
    void unknownIdsAre404() {
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/users/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(learner(email(), null))
                .when()
                .put("/api/users/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
