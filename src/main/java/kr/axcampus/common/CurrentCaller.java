package kr.axcampus.common;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.ClientProxy;
import io.quarkus.security.UnauthorizedException;

/** The caller of the current request, read from their verified token. */
@RequestScoped
public class CurrentCaller {
    private final JsonWebToken token;
    private Caller caller;

    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        if (caller == null) {
            caller = of(token);
        }
        return caller;
    }

    /** The caller a verified token names; outside a request scope (streamed uploads) too. */
    public static Caller of(JsonWebToken token) {
        // The injected token is the request's client proxy; the principal behind it may remember.
        return ClientProxy.unwrap(token) instanceof RemembersCaller known ? known.caller() : read(token);
    }

    /** The caller a token's claims name, read from them. */
    public static Caller read(JsonWebToken token) {
        UUID id = Ids.parse(token.getSubject()).orElseThrow(UnauthorizedException::new);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (token.getGroups() != null) {
            token.getGroups().stream().map(Role::parse).filter(r -> r != null).forEach(roles::add);
        }
        UUID centerId = Ids.parse(claim(token, Caller.CLAIM_CENTER)).orElseThrow(UnauthorizedException::new);
        UUID companyId = Ids.parse(claim(token, Caller.CLAIM_COMPANY)).orElse(null);
        return new Caller(id, centerId, companyId, Set.copyOf(roles));
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
