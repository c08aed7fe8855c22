package kr.axcampus.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

import kr.axcampus.common.ProblemException;

/**
 * CSRF protection that holds for every state-changing request a browser could be tricked into
 * sending (issue 12). A page's token is an HMAC of a random per-browser nonce (cookie {@code
 * axc_csrf}) keyed by the session cookie itself ({@code axc_token}): a nonce planted from
 * elsewhere yields no valid token without the victim's session, which an attacker cannot read,
 * and every replica can check it without shared state. Requests that carry a Bearer header are
 * exempt (no browser adds one on its own); requests that carry the session cookie, and every
 * form post, must bring the token (form field or {@code X-CSRF-TOKEN} header) and, when the
 * browser names one, come from this site's own origin.
 */
public final class CsrfTokens {
    public static final String NONCE_COOKIE = "axc_csrf";
    public static final String SESSION_COOKIE = "axc_token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {}

    public static String newNonce() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token a page of this session hands out; {@code session} is the session cookie's value or null. */
    public static String tokenFor(String nonce, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            String key = "axcampus-csrf:" + (session == null ? "" : session);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A request's credentials and claims as the check needs them, whatever serves it (JAX-RS or a route). */
    public record Request(
            String method,
            boolean bearer,
            boolean form,
            String session,
            String nonce,
            String offered,
            String origin,
            String referer,
            String host) {

        boolean changesState() {
            return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        }

        /** A browser sends the session cookie, or a form, on its own; a Bearer header it never adds. */
        boolean needsToken() {
            return changesState() && !bearer && (session != null || form);
        }
    }

    /** The request as the check sees it; {@code offered} is the token it brought (header or form field). */
    public static Request requestOf(HttpServerRequest http, boolean form, String offered) {
        String authorization = http.getHeader(HttpHeaders.AUTHORIZATION);
        HostAndPort authority = http.authority();
        return new Request(
                http.method().name(),
                authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7),
                form,
                value(http.getCookie(SESSION_COOKIE)),
                value(http.getCookie(NONCE_COOKIE)),
                offered,
                http.getHeader("Origin"),
                http.getHeader("Referer"),
                authority == null
                        ? http.getHeader("Host")
                        : authority.host() + (authority.port() > 0 ? ":" + authority.port() : ""));
    }

    private static String value(Cookie cookie) {
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** Throws the refusal for a request that needs a token and lacks a valid one, or comes from another site. */
    public static void check(Request request) {
        if (!request.needsToken()) {
            return;
        }
        String from = request.origin() != null ? request.origin() : request.referer();
        if (from != null && !from.equals("null") && !sameHost(from, request.host())) {
            throw new ProblemException(
                    403,
                    "cross-site",
                    "Cross-site request refused",
                    "requests that change something must come from AX Campus's own pages",
                    null);
        }
        if (request.nonce() == null
                || request.offered() == null
                || !MessageDigest.isEqual(
                        tokenFor(request.nonce(), request.session()).getBytes(StandardCharsets.UTF_8),
                        request.offered().getBytes(StandardCharsets.UTF_8))) {
            throw missing();
        }
    }

    public static ProblemException missing() {
        return new ProblemException(
                400,
                "csrf",
                "Missing or wrong CSRF token",
                "a page's form or script must send the page's CSRF token (" + FIELD + " or " + HEADER
                        + "); API clients send a Bearer token instead of the cookie",
                null);
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin.strip());
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
