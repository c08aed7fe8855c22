package kr.axcampus.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** The cases presented at a sharing event: linked by an operator, shown to others only while on the showcase. */
@QuarkusTest
class EventCasesTest {
    private static final String PASSWORD = "event-cases-pass-1";

    @Inject
    TestData data;

    @Test
    void anOperatorLinksCasesAndOthersSeeOnlyThoseOnTheShowcase() {
        String admin = data.tokenFor(Role.ADMIN, null);
        CompanyView company = data.company("공유회 사례 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView learner = data.user(PASSWORD, companyId, Role.LEARNER);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        String published = newCase(learner, company, "재고 예측 자동화");
        post(data.token(learner), "/api/best-practices/" + published + "/submit", Map.of())
                .statusCode(200);
        post(data.token(ceo), "/api/best-practices/" + published + "/consent", Map.of())
                .statusCode(200);
        post(admin, "/api/best-practices/" + published + "/publish", Map.of()).statusCode(200);
        String draft = newCase(learner, company, "견적서 초안 자동화");
        String event = post(
                        admin,
                        "/api/events",
                        Map.of(
                                "title",
                                "사례 공유회",
                                "startsAt",
                                Instant.now().plusSeconds(86400).toString(),
                                "endsAt",
                                Instant.now().plusSeconds(90000).toString(),
                                "location",
                                "강당",
                                "capacity",
                                30))
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/events/" + event + "/cases";

        post(admin, path, Map.of("bestPracticeId", published)).statusCode(201);
        post(admin, path, Map.of("bestPracticeId", draft))
                .statusCode(201)
                .body("title", containsInAnyOrder("재고 예측 자동화", "견적서 초안 자동화"));
        // repeating is harmless
        post(admin, path, Map.of("bestPracticeId", published)).statusCode(201).body("size()", equalTo(2));
        given().auth()
                .oauth2(data.token(learner))
                .get(path)
                .then()
                .statusCode(200)
                .body("bestPracticeId", contains(published))
                .body("companyName", contains(company.name()));

        // bad input and the wrong people are refused
        post(admin, path, Map.of("bestPracticeId", UUID.randomUUID().toString()))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("bestPracticeId"));
        post(admin, path, Map.of()).statusCode(400).body("errors.field", contains("bestPracticeId"));
        post(data.token(learner), path, Map.of("bestPracticeId", published)).statusCode(403);
        post(admin, "/api/events/" + UUID.randomUUID() + "/cases", Map.of("bestPracticeId", published))
                .statusCode(404);

        // the CEO withdraws consent: the case leaves the event's public list at once
        post(data.token(ceo), "/api/best-practices/" + published + "/withdraw-consent", Map.of())
                .statusCode(200);
        given().auth()
                .oauth2(data.token(learner))
                .get(path)
                .then()
                .statusCode(200)
                .body("$", empty());
        given().auth().oauth2(admin).get(path).then().statusCode(200).body("size()", equalTo(2));
    }

    private String newCase(UserView learner, CompanyView company, String title) {
        return post(
                        data.token(learner),
                        "/api/best-practices",
                        Map.of(
                                "companyId",
                                company.id(),
                                "title",
                                title,
                                "problem",
                                "손으로 하던 일",
                                "approach",
                                "AI로 초안",
                                "tools",
                                "ChatGPT",
                                "tags",
                                List.of("document-automation"),
                                "figures",
                                List.of(Map.of(
                                        "name",
                                        "HOURS_PER_MONTH",
                                        "unit",
                                        "시간",
                                        "before",
                                        20,
                                        "after",
                                        5,
                                        "period",
                                        "P1M"))))
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }
}
