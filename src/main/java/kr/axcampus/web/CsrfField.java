package kr.axcampus.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of the page being rendered, for templates: {@code {inject:csrf.parameterName}}
 * and {@code {inject:csrf.token}}. Gives the browser its nonce cookie on the first page.
 */
@Named("csrf")
@RequestScoped
public class CsrfField {
    private final RoutingContext context;
    private String token;

    public CsrfField(RoutingContext context) {
        this.context = context;
    }

    public String getParameterName() {
        return CsrfTokens.FIELD;
    }

    public String getToken() {
        if (token == null) {
            Cookie existing = context.request().getCookie(CsrfTokens.NONCE_COOKIE);
            String nonce = existing == null ? null : existing.getValue();
            if (nonce == null || nonce.isBlank()) {
                nonce = CsrfTokens.newNonce();
                context.response()
                        .addCookie(Cookie.cookie(CsrfTokens.NONCE_COOKIE, nonce)
                                .setPath("/")
                                .setHttpOnly(true)
                                .setSameSite(CookieSameSite.STRICT)
                                .setSecure("https".equals(context.request().scheme())));
            }
            Cookie session = context.request().getCookie(CsrfTokens.SESSION_COOKIE);
            token = CsrfTokens.tokenFor(nonce, session == null ? null : session.getValue());
        }
        return token;
    }
}
