package kr.axcampus.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies a token's signature once, not on every request: a token already verified (the whole
 * token string, signature included, is the key) answers with the principal read then, until it
 * expires. Revocation is unaffected: {@link TokenRevocation} still checks every request. A token
 * not seen before is verified by {@link OwnTokenVerifier} when it is of the shape we issue, else
 * (and whenever that path does not accept it) by SmallRye JWT's own verifier.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {
    /** Enough for every signed-in person of a large centre; past it, the map starts again. */
    static final int HELD = 20_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();
    private final OwnTokenVerifier ownTokens;

    VerifiedTokens(OwnTokenVerifier ownTokens) {
        this.ownTokens = ownTokens;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        if (known != null && known.getExpirationTime() > System.currentTimeMillis() / 1000) {
            return known;
        }
        JWTCallerPrincipal principal = ownTokens.verify(token, context).orElse(null);
        if (principal == null) {
            principal = verifier.parse(token, context);
        }
        if (verified.size() >= HELD) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }
}
