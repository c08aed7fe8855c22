package kr.axcampus.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;

import static io.restassured.RestAssured.given;

/** Tokens minted for a role, signed with the test key pair, as the app itself would issue them. */
public final class TestTokens {
    private static final long LIFESPAN_SECONDS = 28800;

    private TestTokens() {}

    /**
     * Valid as long as a sign-in's token ({@code smallrye.jwt.new-token.lifespan}, 8 h): the access
     * world keeps each actor's token for the whole run, which outlasts ten minutes on a busy machine.
     */
    public static String token(UUID userId, UUID centerId, UUID companyId, Role... roles) {
        return claims(userId, centerId, companyId, roles)
                .expiresAt(Instant.now().plusSeconds(LIFESPAN_SECONDS))
                .sign();
    }

    /** The token the app itself issues at sign-in ({@code POST /api/auth/login}), which must succeed. */
    public static String signedIn(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .post("/api/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
    }

    public static JwtClaimsBuilder claims(UUID userId, UUID centerId, UUID companyId, Role... roles) {
        Set<String> groups = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        JwtClaimsBuilder claims = Jwt.issuer("axcampus")
                .subject(userId.toString())
                .upn(userId + "@test.axcampus.kr")
                .claim("name", "Test " + groups)
                .groups(groups)
                .claim(Caller.CLAIM_CENTER, centerId.toString());
        if (companyId != null) {
            claims.claim(Caller.CLAIM_COMPANY, companyId.toString());
        }
        return claims;
    }
}
