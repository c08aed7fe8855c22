package kr.axcampus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kr.axcampus.access.Access;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Problem;

/**
 * The API's description ({@code /q/openapi}) and its browser ({@code /q/swagger-ui}) are for the
 * centre's operators unless {@code axcampus.api-docs.public} opens them: they list every
 * operation, which a centre need not show the internet. Anyone else gets 401 (not signed in)
 * or 404.
 */
@ApplicationScoped
public class ApiDocsAccess {
    /** After Quarkus's authentication handler (-150), which the identity lookup needs, before everything else. */
    private static final int AFTER_AUTHENTICATION = -100;

    private final boolean open;
    private final IdentityProviderManager identities;
    private final Access access;
    private final ObjectMapper json;

    public ApiDocsAccess(
            @ConfigProperty(name = "axcampus.api-docs.public", defaultValue = "false") boolean open,
            IdentityProviderManager identities,
            Access access,
            ObjectMapper json) {
        this.open = open;
        this.identities = identities;
        this.access = access;
        this.json = json;
    }

    void register(@Observes Router router) {
        if (open) {
            return;
        }
        router.routeWithRegex("/q/(openapi|swagger-ui)(/.*|\\?.*)?")
                .order(Integer.MIN_VALUE + 1)
                .handler(this::guard);
    }

    /**
     * The non-application paths are not behind the application's authentication, so the token
     * (Bearer header or the page cookie) is verified here, through the same identity providers and
     * augmentors (a revoked token stays refused).
     */
    private void guard(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        Cookie cookie = context.request().getCookie(CsrfTokens.SESSION_COOKIE);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : cookie == null ? null : cookie.getValue();
        if (token == null || token.isBlank()) {
            refuse(context, 401, "sign in as an operator");
            return;
        }
        Context vertx = Vertx.currentContext();
        identities
                .authenticate(new TokenAuthenticationRequest(new JsonWebTokenCredential(token)))
                .subscribe()
                .with(
                        identity -> vertx.runOnContext(v -> decide(context, identity)),
                        failure -> vertx.runOnContext(v -> refuse(context, 401, "sign in as an operator")));
    }

    private void decide(RoutingContext context, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            refuse(context, 401, "sign in as an operator");
        } else if (access.operates(CurrentCaller.of(token))) {
            context.next();
        } else {
            refuse(context, 404, "nothing at " + context.request().path());
        }
    }

    private void refuse(RoutingContext context, int status, String detail) {
        Problem problem = Problem.of(
                status == 401 ? "unauthorized" : "not-found",
                status == 401 ? "Unauthorized" : "Not found",
                status,
                detail,
                context.request().path(),
                null);
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(encoded(problem));
    }

    private String encoded(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document always serialises", e);
        }
    }
}
