package kr.axcampus.organization;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.common.Role;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A client lists the region codes a company's {@code region} accepts (issue 13, API.md "Companies"). */
@QuarkusTest
class RegionResourceTest {
    @Inject
    TestData data;

    @Test
    void everySignedInPersonListsTheEightRegionsInBothLanguages() {
        String learner = data.token(
                data.user("region-pass-1", UUID.fromString(data.company("권역 회사").id()), Role.LEARNER));
        given().auth()
                .oauth2(learner)
                .get("/api/regions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("size()", equalTo(8))
                .body("[0].code", equalTo("SEOUL"))
                .body("[0].name.ko", equalTo("서울권"))
                .body("[0].name.en", equalTo("Seoul"))
                .body("code", hasItem("GYEONGIN"));
        given().get("/api/regions").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aListedCodeIsOneACompanyAccepts() {
        String operator = data.token(data.user("region-pass-1", null, Role.ADMIN));
        List<String> codes = given().auth()
                .oauth2(operator)
                .get("/api/regions")
                .then()
                .extract()
                .path("code");
        String last = codes.get(codes.size() - 1);
        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "권역 확인 " + UUID.randomUUID().toString().substring(0, 6),
                        "businessNumber",
                        TestData.validBusinessNumber(),
                        "sizeClass",
                        "SMALL",
                        "industry",
                        "제조",
                        "region",
                        last))
                .post("/api/companies")
                .then()
                .statusCode(201)
                .body("region", equalTo(last));
    }
}
