package kr.axcampus.identity;

import org.jose4j.jwt.JwtClaims;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.RemembersCaller;

/**
 * The principal of a token {@link OwnTokenVerifier} accepted: SmallRye's, claim for claim, which
 * also keeps what every request asks of it — the caller and the token's version — read once for
 * the token's life. SmallRye's principal answers each claim of ours by first trying its name as a
 * standard claim (an exception each time) and then wrapping the value as JSON.
 */
final class OwnPrincipal extends DefaultJWTCallerPrincipal implements RemembersCaller {
    private volatile Caller caller;
    private volatile Integer version;

    OwnPrincipal(String type, JwtClaims claims) {
        super(type, claims);
    }

    @Override
    public Caller caller() {
        Caller known = caller;
        if (known == null) {
            known = CurrentCaller.read(this);
            caller = known;
        }
        return known;
    }

    /** The token version it was issued at, as {@link TokenRevocation#versionOf} reads it. */
    int version() {
        Integer known = version;
        if (known == null) {
            known = TokenRevocation.versionOf(this);
            version = known;
        }
        return known;
    }
}
