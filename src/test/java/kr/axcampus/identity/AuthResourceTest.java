package kr.axcampus.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AuthResourceTest {
    private static final String PASSWORD = "correct-horse-1";

    @Inject
    TestData data;

    @Inject
    AuthService auth;

    @Inject
    IdentityConfig identityConfig;

    @Inject
    jakarta.persistence.EntityManager em;

    private ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/auth/login")
                .then();
    }

    @Test
    void signInReturnsATokenThatOpensMe() {
        CompanyView company = data.company("로그인");
        UserView user = data.user(PASSWORD, UUID.fromString(company.id()), Role.LEARNER, Role.CEO);
        String token = login(user.email(), PASSWORD)
                .statusCode(200)
                .body("token", notNullValue())
                .body("expiresAt", notNullValue())
                .body("user.email", equalTo(user.email()))
                .extract()
                .path("token");

        given().auth()
                .oauth2(token)
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(user.id()))
                .body("roles", containsInAnyOrder("LEARNER", "CEO"))
                .body("companyId", equalTo(company.id()))
                .body("department", equalTo("개발팀"));
    }

    @Test
    void theConfiguredBootstrapAdministratorExistsAndSignsIn() {
        String token = login("bootstrap-admin@test.axcampus.kr", "bootstrap-pass-1")
                .statusCode(200)
                .extract()
                .path("token");
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("ADMIN"));
    }

    @Test
    void theDemoOperatorSignsInBecauseTheTestModeOpensTheDemoGate() {
        login("admin@demo.axcampus.kr", "demo1234!").statusCode(200).body("user.roles", containsInAnyOrder("ADMIN"));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        UserView user = data.user(PASSWORD, null, Role.INSTRUCTOR);
        String wrongPassword = login(user.email(), "wrong-password")
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .asString();
        String unknownEmail = login("nobody-" + UUID.randomUUID() + "@test.axcampus.kr", "wrong-password")
                .statusCode(401)
                .extract()
                .asString();
        assertEquals(wrongPassword.replace("\"", ""), unknownEmail.replace("\"", ""));
    }

    @Test
    void repeatedFailuresForOneAccountAreSlowedDown() {
        UserView user = data.user(PASSWORD, null, Role.INSTRUCTOR);
        for (int i = 0; i < 6; i++) {
            login(user.email(), "guess-" + i).statusCode(401);
        }
        login(user.email(), PASSWORD)
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-attempts"));
    }

    @Test
    void anAttackerElsewhereCannotLockTheOwnerOutOfTheirAccount() {
        UserView user = data.user(PASSWORD, null, Role.INSTRUCTOR);
        String attacker = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 6; i++) {
            given().header("X-Forwarded-For", attacker)
                    .contentType(ContentType.JSON)
                    .body(Map.of("email", user.email(), "password", "guess-" + i))
                    .post("/api/auth/login")
                    .then()
                    .statusCode(401);
        }
        given().header("X-Forwarded-For", attacker)
                .contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(429);
        given().header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)))
                .contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", PASSWORD))
                .post("/api/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void missingFieldsAndMalformedJsonAre400() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.kr\"}")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON)
                .body("{\"email\": ")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-json"));
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": [\"a@b.kr\"], \"password\": \"x\"}")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("email"));
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.kr\", \"password\": {\"x\": 1}}")
                .when()
                .post("/api/auth/login")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void meWithoutATokenIs401() {
        given().when()
                .get("/api/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    /**
     * Every test signs in from 127.0.0.1, so the address limit is exercised through the
     * service with an address of its own (RFC 5737 documentation range) rather than over HTTP,
     * where tripping it would slow down every other test. The count starts just below the
     * configured limit, so the configured number is what trips.
     */
    @Test
    void repeatedFailuresFromOneAddressAreSlowedDownForEveryAccount() {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID();
        int allowed = identityConfig.throttle().maxFailuresPerAddress();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "INSERT INTO failure_throttle (throttle_key, failures, first_failure_at) VALUES (:key, :failures, now())")
                        .setParameter("key", LoginThrottle.addressKey(address))
                        .setParameter("failures", allowed - 1)
                        .executeUpdate());
        UserView user = data.user(PASSWORD, null, Role.INSTRUCTOR);

        // The last allowed failure and one more, each for another account, so no account limit is involved.
        assertEquals(
                401,
                assertThrows(
                                ProblemException.class,
                                () -> auth.login("nobody-" + UUID.randomUUID() + "@test.axcampus.kr", "guess", address))
                        .status());
        assertEquals(
                401,
                assertThrows(
                                ProblemException.class,
                                () -> auth.login("nobody-" + UUID.randomUUID() + "@test.axcampus.kr", "guess", address))
                        .status());
        ProblemException slowed =
                assertThrows(ProblemException.class, () -> auth.login(user.email(), PASSWORD, address));
        assertEquals(429, slowed.status());
        assertEquals("too-many-attempts", slowed.type());
        // The same person from another address is not affected.
        assertEquals(
                user.email(),
                auth.login(user.email(), PASSWORD, "198.51.100.7-" + UUID.randomUUID())
                        .user()
                        .email());
    }

    @Test
    void theTokenVerifiesWithThePublishedJwks() throws Exception {
        UserView user = data.user(PASSWORD, null, Role.INSTRUCTOR);
        String token = login(user.email(), PASSWORD).statusCode(200).extract().path("token");
        String jwks = given().when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        JsonWebKeySet keys = new JsonWebKeySet(jwks);
        String kid = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8)
                .replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(
                        keys.findJsonWebKey(kid, "RSA", "sig", "RS256").getKey())
                .setExpectedIssuer("axcampus")
                .build()
                .processToClaims(token);
        assertEquals(user.id(), claims.getSubject());
    }

    @Test
    void forgedOrExpiredTokensAre401() throws Exception {
        UUID center = data.centerId();
        String expired = TestTokens.claims(UUID.randomUUID(), center, null, Role.ADMIN)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = TestTokens.claims(UUID.randomUUID(), center, null, Role.ADMIN)
                .expiresAt(Instant.now().plusSeconds(600))
                .sign(generator.generateKeyPair().getPrivate());
        String valid = TestTokens.token(UUID.randomUUID(), center, null, Role.LEARNER);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"LEARNER\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".";

        for (String token : new String[] {expired, otherKey, tampered, none, "not.a.token"}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/companies")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(TestTokens.token(UUID.randomUUID(), center, null, Role.ADMIN))
                .when()
                .get("/api/companies")
                .then()
                .statusCode(200);
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
