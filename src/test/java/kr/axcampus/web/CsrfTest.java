package kr.axcampus.web;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * CSRF as an attacker tries it (issue 12): a cookie-authenticated request of any content type
 * needs the page's token, the token is bound to the session, another site's Origin is refused,
 * signing out needs the token too, and a Bearer call needs none.
 */
@QuarkusTest
class CsrfTest {
    @Inject
    TestData data;

    private String operatorSession() {
        return data.token(data.user("csrf-pass-1", null, Role.ADMIN));
    }

    private static String peopleCsv(String email) {
        return "email,name,roles,businessNumber,department,jobTitle,password\n" + email
                + ",몰래 만든 운영자,ADMIN,,,,planted-pass-1\n";
    }

    @Test
    void aCookieCallWithoutTheTokenIsRefusedWhateverItsContentTypeAndNothingIsWritten() {
        String session = operatorSession();
        String email = "planted" + TestData.unique() + "@test.axcampus.kr";
        for (String type : new String[] {"text/csv", "text/plain"}) {
            given().cookie("axc_token", session)
                    .contentType(type)
                    .body(peopleCsv(email))
                    .post("/api/users/import")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/csrf"));
        }
        given().cookie("axc_token", session)
                .post("/api/catalog/reload")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/csrf"));
        given().auth()
                .oauth2(session)
                .queryParam("size", 200)
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("items.findAll { it.email == '" + email + "' }.size()", equalTo(0));
    }

    @Test
    void theTokenOfTheSessionsOwnPageIsAcceptedFromTheSameSite() {
        String session = operatorSession();
        PageToken page = PageToken.of(session);
        given().cookie("axc_token", session)
                .cookie("axc_csrf", page.nonce())
                .header("X-CSRF-TOKEN", page.token())
                .header("Origin", "http://localhost:" + RestAssured.port)
                .contentType(ContentType.JSON)
                .post("/api/catalog/reload")
                .then()
                .statusCode(200);
    }

    @Test
    void anotherSitesOriginIsRefusedEvenWithAValidToken() {
        String session = operatorSession();
        PageToken page = PageToken.of(session);
        given().cookie("axc_token", session)
                .cookie("axc_csrf", page.nonce())
                .header("X-CSRF-TOKEN", page.token())
                .header("Origin", "https://evil.example")
                .contentType(ContentType.JSON)
                .post("/api/catalog/reload")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/cross-site"));
    }

    @Test
    void aPlantedCookieWithTheAttackersOwnTokenDoesNotPass() {
        String victim = operatorSession();
        UserView attacker = data.user("csrf-pass-1", null, Role.INSTRUCTOR);
        PageToken attackers = PageToken.of(data.token(attacker));
        PageToken anonymous = PageToken.of(null);
        for (PageToken planted : new PageToken[] {attackers, anonymous}) {
            given().cookie("axc_token", victim)
                    .cookie("axc_csrf", planted.nonce())
                    .header("X-CSRF-TOKEN", planted.token())
                    .contentType(ContentType.JSON)
                    .post("/api/catalog/reload")
                    .then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/csrf"));
        }
    }

    @Test
    void signingOutNeedsTheTokenAndABearerCallNeedsNone() {
        String session = operatorSession();
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .cookie("axc_token", session)
                .contentType(ContentType.URLENC)
                .post("/logout")
                .then()
                .statusCode(400);
        PageToken page = PageToken.of(session);
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .cookie("axc_token", session)
                .cookie("axc_csrf", page.nonce())
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", page.token())
                .post("/logout")
                .then()
                .statusCode(303);
        // Signing out ended that session everywhere; a Bearer call of a live session needs no token.
        given().auth()
                .oauth2(operatorSession())
                .contentType("text/plain")
                .post("/api/catalog/reload")
                .then()
                .statusCode(200);
    }
}
