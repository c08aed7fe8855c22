package kr.axcampus.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestTokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lean verifier of tokens not seen before: a token we issue gives the very principal SmallRye's
 * verifier gives; every token SmallRye refuses, it does not accept either (and SmallRye still
 * refuses it); a token of another shape is left to SmallRye, which accepts it as before.
 */
@QuarkusTest
class OwnTokenVerifierTest {
    private static final String PASSWORD = "own-token-pass-1";
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

    @Inject
    TestData data;

    @Inject
    OwnTokenVerifier own;

    @Inject
    VerifiedTokens tokens;

    @Inject
    SigningKeys keys;

    @Inject
    JWTAuthContextInfo context;

    @Test
    void aTokenFromSignInGivesTheSamePrincipalAsSmallRyesVerifier() throws Exception {
        UserView learner =
                data.user(PASSWORD, UUID.fromString(data.company("린 토큰 회사").id()), Role.LEARNER);
        String token = TestTokens.signedIn(learner.email(), PASSWORD);

        JWTCallerPrincipal lean = own.verify(token, context).orElseThrow(() -> new AssertionError("not accepted"));
        JWTCallerPrincipal smallRye = new DefaultJWTCallerPrincipalFactory().parse(token, context);

        assertEquals(learner.id(), lean.getSubject());
        assertEquals(Set.of("LEARNER"), lean.getGroups());
        assertEquals(smallRye.getName(), lean.getName());
        assertEquals(smallRye.getGroups(), lean.getGroups());
        assertEquals(smallRye.getRawToken(), lean.getRawToken());
        assertEquals(smallRye.getExpirationTime(), lean.getExpirationTime());
        assertEquals(smallRye.getIssuedAtTime(), lean.getIssuedAtTime());
        assertEquals(smallRye.getClaimNames(), lean.getClaimNames());
        for (String claim : smallRye.getClaimNames()) {
            assertEquals(
                    String.valueOf((Object) smallRye.getClaim(claim)),
                    String.valueOf((Object) lean.getClaim(claim)),
                    claim);
        }
        // What it remembers for every request is what the claims say, read as from SmallRye's principal.
        Caller remembered = ((OwnPrincipal) lean).caller();
        assertEquals(CurrentCaller.read(smallRye), remembered);
        assertEquals(CurrentCaller.read(smallRye), CurrentCaller.of(lean));
        assertEquals(UUID.fromString(learner.id()), remembered.id());
        assertEquals(Set.of(Role.LEARNER), remembered.roles());
        assertEquals(TokenRevocation.versionOf(smallRye), ((OwnPrincipal) lean).version());
    }

    @Test
    void aTokenSmallRyeRefusesIsNotAcceptedHereEither() throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = claims("axcampus", now, now + 3600);
        PrivateKey otherKey =
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        String unsigned = base64(HEADER.replace("RS256", "none")) + "." + base64(claims) + ".";
        String hmacWithOurPublicKey = hs256(claims, keys.publicKey().getEncoded());
        Map<String, String> refused = Map.of(
                "signed by another key", signed(HEADER, claims, otherKey),
                "alg none", unsigned,
                "HS256 keyed with our public key", hmacWithOurPublicKey,
                "another issuer", signed(HEADER, claims("someone-else", now, now + 3600), keys.privateKey()),
                "no expiry", signed(HEADER, claims.replace(",\"exp\":" + (now + 3600), ""), keys.privateKey()),
                "expired an hour ago", signed(HEADER, claims("axcampus", now - 7200, now - 3600), keys.privateKey()),
                "a critical header jose4j does not know",
                        signed(
                                HEADER.replace("}", ",\"crit\":[\"x-unknown\"],\"x-unknown\":1}"),
                                claims,
                                keys.privateKey()),
                "not a token", "abc.def.ghi");
        refused.forEach((what, token) -> {
            assertTrue(own.verify(token, context).isEmpty(), what + ": accepted by the lean path");
            assertThrows(ParseException.class, () -> tokens.parse(token, context), what + ": accepted at all");
        });
        // The same claims, signed by our key: the lean path accepts them, so the refusals above are the checks'.
        assertTrue(
                own.verify(signed(HEADER, claims, keys.privateKey()), context).isPresent());
    }

    @Test
    void aTokenOfAnotherShapeIsLeftToSmallRyeAndStillAccepted() throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims =
                claims("axcampus", now, now + 3600).replace("}", ",\"roleMappings\":{\"LEARNER\":\"STUDENT\"}}");
        String token = signed(HEADER, claims, keys.privateKey());

        assertTrue(own.verify(token, context).isEmpty(), "role mappings are SmallRye's to apply");
        assertEquals(Set.of("LEARNER", "STUDENT"), tokens.parse(token, context).getGroups());
    }

    private static String claims(String issuer, long issuedAt, long expiresAt) {
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"" + UUID.randomUUID() + "\",\"upn\":\"own@test.axcampus.kr\","
                + "\"groups\":[\"LEARNER\"],\"iat\":" + issuedAt + ",\"exp\":" + expiresAt + "}";
    }

    private static String signed(String header, String claims, PrivateKey key) throws Exception {
        String input = base64(header) + "." + base64(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String hs256(String claims, byte[] secret) throws Exception {
        String input = base64(HEADER.replace("RS256", "HS256")) + "." + base64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return input + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
