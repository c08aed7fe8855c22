package kr.axcampus.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A token verified once is not verified again — and that changes nothing a caller can tell: a
 * forged copy of a known token, an expired one and a revoked one are refused as before.
 */
@QuarkusTest
class VerifiedTokensTest {
    private static final String PASSWORD = "verified-pass-1";

    @Inject
    TestData data;

    @Inject
    VerifiedTokens tokens;

    @Inject
    JWTAuthContextInfo context;

    @Test
    void aForgedCopyOfAKnownTokenIsRefused() {
        String token = knownToken(learner());
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        // A character in the middle of the signature: all six of its bits are signature bits (the
        // last character's low bits are padding a lenient decoder ignores).
        String[] parts = token.split("\\.");
        int middle = parts[2].length() / 2;
        char was = parts[2].charAt(middle);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, middle) + (was == 'A' ? 'B' : 'A')
                + parts[2].substring(middle + 1);
        given().auth().oauth2(forged).get("/api/me").then().statusCode(401);
        String otherClaims = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx." + parts[2];
        given().auth().oauth2(otherClaims).get("/api/me").then().statusCode(401);
    }

    @Test
    void aKnownTokenIsNotAcceptedPastItsExpiry() throws Exception {
        String token = TestTokens.claims(UUID.randomUUID(), UUID.randomUUID(), null, Role.LEARNER)
                .expiresAt(Instant.now().plusSeconds(2))
                .sign();
        JWTAuthContextInfo strict = new JWTAuthContextInfo(context);
        strict.setClockSkew(0);
        strict.setExpGracePeriodSecs(0);
        assertEquals(token, tokens.parse(token, strict).getRawToken());
        Thread.sleep(3000);
        assertThrows(ParseException.class, () -> tokens.parse(token, strict), "expired: verified again, and refused");
    }

    @Test
    void aKnownTokenOfSomeoneDeactivatedIsRefused() {
        UserView learner = learner();
        String token = knownToken(learner);
        given().auth()
                .oauth2(data.token(data.user(PASSWORD, null, Role.ADMIN)))
                .contentType("application/json")
                .body("{\"reason\": \"퇴사\"}")
                .post("/api/users/" + learner.id() + "/deactivate")
                .then()
                .statusCode(200);
        given().auth().oauth2(token).get("/api/me").then().statusCode(401);
    }

    private UserView learner() {
        return data.user(PASSWORD, UUID.fromString(data.company("토큰 회사").id()), Role.LEARNER);
    }

    /** A token of the learner, used once, so the cache holds it verified. */
    private String knownToken(UserView learner) {
        String token = data.token(learner);
        given().auth().oauth2(token).get("/api/me").then().statusCode(200);
        return token;
    }
}
