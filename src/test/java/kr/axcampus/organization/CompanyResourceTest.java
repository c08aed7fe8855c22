package kr.axcampus.organization;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CompanyResourceTest {
    @Inject
    TestData data;

    private Map<String, Object> company(String name, String number) {
        return Map.of(
                "name", name, "businessNumber", number, "sizeClass", "MEDIUM", "industry", "식품 제조", "region", "HONAM");
    }

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    @Test
    void operatorRegistersReadsListsAndEditsACompany() {
        String number = TestData.validBusinessNumber();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(company("남도식품", number))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(201)
                .body("name", equalTo("남도식품"))
                .body("businessNumber", equalTo(BusinessNumber.format(number)))
                .body("sizeClass", equalTo("MEDIUM"))
                .body("region", equalTo("HONAM"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/companies/" + id)
                .then()
                .statusCode(200)
                .body("industry", equalTo("식품 제조"));
        given().auth()
                .oauth2(admin())
                .queryParam("size", 200)
                .when()
                .get("/api/companies")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("size", equalTo(200));

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "남도식품 (주)", "businessNumber", number, "sizeClass", "MIDSIZE", "region", "HONAM"))
                .when()
                .put("/api/companies/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("남도식품 (주)"))
                .body("sizeClass", equalTo("MIDSIZE"));
    }

    @Test
    void anInvalidBusinessNumberIsA400NamingTheField() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(company("잘못된번호", "124-81-00997"))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("businessNumber"))
                .body("errors.find { it.field == 'businessNumber' }.code", equalTo("invalid-business-number"));
    }

    @Test
    void eachInvalidFieldIsNamed() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "", "businessNumber", TestData.validBusinessNumber(), "region", "ATLANTIS"))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("sizeClass"))
                .body("errors.field", hasItem("region"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownEnumsAre400s() {
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\",")
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", not(containsString("Exception")));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"businessNumber\":[1],\"sizeClass\":\"SMALL\",\"region\":\"SEOUL\"}")
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("businessNumber"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"businessNumber\":\"1248100998\",\"sizeClass\":\"HUGE\",\"region\":\"SEOUL\"}")
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sizeClass"))
                .body("errors[0].message", containsString("MICRO"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"businessNumber\":\"1248100998\",\"sizeClass\":\"SMALL\",\"region\":\"SEOUL\","
                        + "\"agreementStartsOn\":\"next monday\"}")
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("agreementStartsOn"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .when()
                .post("/api/companies")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDuplicateBusinessNumberIsA409() {
        String number = TestData.validBusinessNumber();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(company("첫 회사", number))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(company("둘째 회사", number))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-business-number"))
                .body("errors[0].field", equalTo("businessNumber"));
    }

    @Test
    void parallelCreatesWithOneBusinessNumberGiveOne201AndOnly409s() throws Exception {
        String number = TestData.validBusinessNumber();
        String token = admin();
        var responses = Concurrently.send(
                10,
                () -> given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(company("동시 등록", number))
                        .when()
                        .post("/api/companies")
                        .then()
                        .extract());

        List<Integer> statuses = Concurrently.statuses(responses);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one create wins: " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), "the others are conflicts: " + statuses);
        for (var response : responses) {
            if (response.statusCode() == 409) {
                assertEquals("application/problem+json", response.contentType());
                assertEquals("businessNumber", response.path("errors[0].field"));
            }
        }
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get("/api/companies").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(company("x", TestData.validBusinessNumber()))
                .when()
                .post("/api/companies")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(company("x", TestData.validBusinessNumber()))
                .when()
                .put("/api/companies/" + UUID.randomUUID())
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUpdateWithMalformedJsonOrWrongTypesIsA400() {
        String id = data.company("수정 형식").id();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\",")
                .when()
                .put("/api/companies/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"businessNumber\":{},\"sizeClass\":\"SMALL\",\"region\":\"SEOUL\"}")
                .when()
                .put("/api/companies/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("businessNumber"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"businessNumber\":\"1248100998\",\"sizeClass\":true,\"region\":\"SEOUL\"}")
                .when()
                .put("/api/companies/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sizeClass"));
    }

    @Test
    void changingToAnotherCompanysBusinessNumberIsA409() {
        CompanyView taken = data.company("기존 번호");
        String id = data.company("번호 변경").id();
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(company("번호 변경", taken.businessNumber()))
                .when()
                .put("/api/companies/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-business-number"))
                .body("errors[0].field", equalTo("businessNumber"));
    }

    @Test
    void onlyOperatorsMayWrite() {
        CompanyView own = data.company("쓰기권한");
        for (Role role : new Role[] {Role.LEARNER, Role.INSTRUCTOR, Role.CEO}) {
            String token = data.tokenFor(role, UUID.fromString(own.id()));
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(company("x", TestData.validBusinessNumber()))
                    .when()
                    .post("/api/companies")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(company("x", TestData.validBusinessNumber()))
                    .when()
                    .put("/api/companies/" + own.id())
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void learnersAndInstructorsCannotReadCompanies() {
        CompanyView own = data.company("읽기권한");
        given().auth()
                .oauth2(data.tokenFor(Role.LEARNER, UUID.fromString(own.id())))
                .when()
                .get("/api/companies/" + own.id())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.tokenFor(Role.INSTRUCTOR, null))
                .when()
                .get("/api/companies")
                .then()
                .statusCode(403);
    }

    @Test
    void aCeoReadsOnlyTheirOwnCompany() {
        CompanyView own = data.company("대표 본인 회사");
        CompanyView other = data.company("다른 회사");
        String ceo = data.tokenFor(Role.CEO, UUID.fromString(own.id()));

        given().auth()
                .oauth2(ceo)
                .when()
                .get("/api/companies/" + own.id())
                .then()
                .statusCode(200)
                .body("name", equalTo(own.name()));
        given().auth()
                .oauth2(ceo)
                .when()
                .get("/api/companies")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items.id", everyItem(equalTo(own.id())))
                .body("total", equalTo(1));
        given().auth()
                .oauth2(ceo)
                .when()
                .get("/api/companies/" + other.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/companies/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/companies/not-a-uuid")
                .then()
                .statusCode(404);
    }

    @Test
    void pageSizeIsBounded() {
        given().auth()
                .oauth2(admin())
                .queryParam("size", 500)
                .when()
                .get("/api/companies")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
