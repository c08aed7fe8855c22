package kr.axcampus.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;

/** Tokens minted for a role, signed with the test key pair, as the app itself would issue them. */
public final class TestTokens {
    private TestTokens() {}

    public static String token(UUID userId, UUID centerId, UUID companyId, Role... roles) {
        return claims(userId, centerId, companyId, roles)
                .expiresAt(Instant.now().plusSeconds(600))
                .sign();
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
