package kr.axcampus.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Tokens an attacker or a stale session might present (issue 12): not yet valid, the wrong
 * issuer, HS256 signed with the public key, and tokens of people who were deactivated, demoted,
 * moved to another company or signed out since. (Expired, foreign-key, tampered and alg:none
 * tokens are in AuthResourceTest.)
 */
@QuarkusTest
class TokenSuiteTest {
    private static final String PASSWORD = "token-pass-1";

    @Inject
    TestData data;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String publicKeyLocation;

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    private String signIn(UserView user) {
        return TestTokens.signedIn(user.email(), PASSWORD);
    }

    private String operator() {
        return data.token(data.user(PASSWORD, null, Role.ADMIN));
    }

    @Test
    void aTokenNotYetValidAnotherIssuersAndOneSignedWithThePublicKeyAreRefused() throws Exception {
        UUID center = data.centerId();
        refused(TestTokens.claims(UUID.randomUUID(), center, null, Role.ADMIN)
                .issuedAt(Instant.now().plusSeconds(3600))
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .expiresAt(Instant.now().plusSeconds(7200))
                .sign());
        refused(TestTokens.claims(UUID.randomUUID(), center, null, Role.ADMIN)
                .issuer("https://evil.example")
                .expiresAt(Instant.now().plusSeconds(600))
                .sign());
        String publicPem = Files.readString(Path.of(publicKeyLocation));
        refused(Jwt.issuer("axcampus")
                .subject(UUID.randomUUID().toString())
                .groups("ADMIN")
                .claim("centerId", center.toString())
                .expiresAt(Instant.now().plusSeconds(600))
                .jws()
                .algorithm(SignatureAlgorithm.HS256)
                .signWithSecret(publicPem));
    }

    @Test
    void aDeactivatedPersonsTokensAreRefusedAndTheyCannotSignInUntilReactivated() {
        UserView learner =
                data.user(PASSWORD, UUID.fromString(data.company("퇴사 회사").id()), Role.LEARNER);
        String before = signIn(learner);
        given().auth().oauth2(before).get("/api/me").then().statusCode(200);
        String admin = operator();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사"))
                .post("/api/users/" + learner.id() + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        refused(before);
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .cookie("axc_token", before)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", containsString("/login"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", learner.email(), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/account-deactivated"));

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "복직"))
                .post("/api/users/" + learner.id() + "/reactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
        refused(before);
        given().auth().oauth2(signIn(learner)).get("/api/me").then().statusCode(200);
        given().auth()
                .oauth2(admin)
                .get("/api/users/" + learner.id() + "/history")
                .then()
                .statusCode(200)
                .body("change", equalTo(List.of("DEACTIVATED", "REACTIVATED")))
                .body("reason", equalTo(List.of("퇴사", "복직")));
    }

    @Test
    void aDemotedOperatorsOldTokenCreatesNoOperator() {
        UserView demoted = data.user(PASSWORD, null, Role.ADMIN);
        String old = signIn(demoted);
        given().auth()
                .oauth2(operator())
                .contentType(ContentType.JSON)
                .body(Map.of("email", demoted.email(), "name", demoted.name(), "roles", List.of("INSTRUCTOR")))
                .put("/api/users/" + demoted.id())
                .then()
                .statusCode(200);
        String email = "promoted" + TestData.unique() + "@test.axcampus.kr";
        given().auth()
                .oauth2(old)
                .contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", "새 운영자", "roles", List.of("ADMIN"), "password", "promoted-1"))
                .post("/api/users")
                .then()
                .statusCode(401);
        given().auth().oauth2(signIn(demoted)).get("/api/users").then().statusCode(403);
    }

    @Test
    void aMoveToAnotherCompanyEndsTheOldTokensButAnEditThatChangesNeitherDoesNot() {
        UserView ceo = data.user(PASSWORD, UUID.fromString(data.company("옛 회사").id()), Role.CEO);
        String old = signIn(ceo);
        String admin = operator();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", ceo.email(), "name", "이름만 바뀜", "roles", List.of("CEO"), "companyId", ceo.companyId()))
                .put("/api/users/" + ceo.id())
                .then()
                .statusCode(200);
        given().auth().oauth2(old).get("/api/me").then().statusCode(200);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email", ceo.email(),
                        "name", "이름만 바뀜",
                        "roles", List.of("CEO"),
                        "companyId", data.company("새 회사").id()))
                .put("/api/users/" + ceo.id())
                .then()
                .statusCode(200);
        refused(old);
    }

    @Test
    void signingOutEndsThePageSession() {
        UserView learner =
                data.user(PASSWORD, UUID.fromString(data.company("로그아웃 회사").id()), Role.LEARNER);
        String session = signIn(learner);
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
        refused(session);
    }
}
