package kr.axcampus.identity;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.dto.LoginResponse;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** Sign-in and sign-out pages; the token travels in an HttpOnly, SameSite cookie. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {
    public static final String TOKEN_COOKIE = "axc_token";

    private final AuthService auth;
    private final UserService users;
    private final JsonWebToken token;
    private final PageSupport page;

    public SignInPages(AuthService auth, UserService users, JsonWebToken token, PageSupport page) {
        this.auth = auth;
        this.users = users;
        this.token = token;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(PageContext ctx, String email, String next, String error);
    }

    @GET
    @Path("login")
    @PermitAll // the sign-in form is for people who are not signed in yet
    @Operation(hidden = true)
    public Response form(@QueryParam("next") String next) {
        return page.render(Templates.login(page.context(), "", safeNext(next), null));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll // the sign-in form is for people who are not signed in yet
    @Operation(hidden = true)
    public Response signIn(
            @RestForm String email, @RestForm String password, @RestForm String next, HttpServerRequest http) {
        String target = safeNext(next);
        try {
            LoginResponse login = auth.login(email, password == null ? "" : password, AuthResource.clientAddress(http));
            long maxAge = Math.max(
                    0, Duration.between(Instant.now(), login.expiresAt()).toSeconds());
            NewCookie cookie = new NewCookie.Builder(TOKEN_COOKIE)
                    .value(login.token())
                    .path("/")
                    .maxAge((int) maxAge)
                    .httpOnly(true)
                    .secure("https".equals(http.scheme()))
                    .sameSite(NewCookie.SameSite.LAX)
                    .build();
            return Response.seeOther(URI.create(target)).cookie(cookie).build();
        } catch (ProblemException e) {
            String error = switch (e.status()) {
                case 429 -> page.msg().signin_throttled(e.headers().getOrDefault("Retry-After", "60"));
                case 403 -> page.msg().signin_deactivated();
                default -> page.msg().signin_failed();
            };
            return page.render(
                    Templates.login(page.context(), email == null ? "" : email, target, error),
                    e.status() == 429 || e.status() == 403 ? e.status() : 401);
        }
    }

    @POST
    @Path("logout")
    @PermitAll // signing out must work even with an expired token
    @Operation(hidden = true)
    public Response signOut() {
        // A valid session's token, and every other token of the person, stop working everywhere.
        Ids.parse(token.getSubject()).ifPresent(users::signOut);
        return Response.seeOther(URI.create("/login"))
                .cookie(PageSupport.expired(TOKEN_COOKIE))
                .build();
    }

    @GET
    @Path("lang/{code}")
    @PermitAll // choosing the language needs no account
    @Operation(hidden = true)
    public Response language(@PathParam("code") String code, @QueryParam("next") String next) {
        String lang = "en".equals(code) ? "en" : "ko";
        Ids.parse(token.getSubject()).ifPresent(person -> users.chooseLanguage(person, lang));
        NewCookie cookie = new NewCookie.Builder(PageSupport.LANG_COOKIE)
                .value(lang)
                .path("/")
                .maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(safeNext(next))).cookie(cookie).build();
    }

    /** Only local paths, so a crafted link cannot send people elsewhere after sign-in. */
    /**
     * Where to go after signing in or choosing a language: a path of this site only, and one that
     * makes a valid address (whitespace or control characters, or a malformed escape, go home).
     */
    static String safeNext(String next) {
        if (next == null
                || next.length() > 2000
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "/";
        }
        try {
            URI.create(next);
            return next;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
