package kr.axcampus.identity;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import kr.axcampus.common.Caller;

/** Issues the RS256 tokens that the API and the pages accept. */
@ApplicationScoped
public class TokenService {
    public static final String ISSUER = "axcampus";
    /** The claim with the person's token version at issue (see {@link TokenRevocation}). */
    public static final String CLAIM_VERSION = "tv";

    private final SigningKeys keys;
    private final IdentityConfig config;

    public TokenService(SigningKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public IssuedToken issue(User user) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.tokenLifetime());
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(user.id.toString())
                .upn(user.email)
                .claim("name", user.name)
                .groups(Set.of(user.roles))
                .claim(Caller.CLAIM_CENTER, user.centerId.toString())
                .claim(CLAIM_VERSION, user.tokenVersion)
                .issuedAt(now)
                .expiresAt(expiresAt);
        if (user.companyId != null) {
            claims.claim(Caller.CLAIM_COMPANY, user.companyId.toString());
        }
        String token = claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
        return new IssuedToken(token, expiresAt);
    }

    public record IssuedToken(String token, Instant expiresAt) {}
}
