package kr.axcampus.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.Context;

import kr.axcampus.access.Access;
import kr.axcampus.access.Menu;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;

/**
 * Shared plumbing of the HTML pages: the language (cookie, then
 * Accept-Language, then Korean), the signed-in person, flash messages carried
 * across POST → redirect → GET in a short-lived cookie, and the CSRF token.
 */
@RequestScoped
public class PageSupport {
    public static final String LANG_COOKIE = "axc_lang";
    public static final String FLASH_COOKIE = "axc_flash";
    public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final JsonWebToken token;
    private final Access access;
    private final Instance<UnreadNotices> unread;

    public PageSupport(
            HttpHeaders headers, UriInfo uri, JsonWebToken token, Access access, Instance<UnreadNotices> unread) {
        this.unread = unread;
        this.headers = headers;
        this.uri = uri;
        this.token = token;
        this.access = access;
    }

    public Locale locale() {
        var cookie = headers.getCookies().get(LANG_COOKIE);
        if (cookie != null) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(cookie.getValue())) {
                    return supported;
                }
            }
        }
        for (Locale wanted : headers.getAcceptableLanguages()) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.KOREAN;
    }

    public PageContext context() {
        // An error page rendered on the event loop (a URL no resource matched) cannot resolve the
        // identity there without blocking: it shows the page as to a visitor who is not signed in.
        boolean signedIn = !Context.isOnEventLoopThread() && token != null && token.getSubject() != null;
        String name = signedIn ? String.valueOf(token.<Object>getClaim("name")) : null;
        Caller caller = signedIn ? CurrentCaller.of(token) : null;
        Menu menu = access.menu(caller);
        int waiting = caller != null && caller.id() != null && unread.isResolvable()
                ? (int) Math.min(Integer.MAX_VALUE, unread.get().unread(caller.id()))
                : 0;
        var flash = headers.getCookies().get(FLASH_COOKIE);
        String flashText = flash == null ? null : URLDecoder.decode(flash.getValue(), StandardCharsets.UTF_8);
        return new PageContext(locale(), uri.getPath(), name, menu, flashText, waiting);
    }

    /** Renders a page in the caller's language, consuming the flash message. */
    public Response render(TemplateInstance page) {
        return render(page, 200);
    }

    public Response render(TemplateInstance page, int status) {
        page.setLocale(locale());
        Response.ResponseBuilder response = Response.status(status)
                .entity(page)
                .type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store");
        if (headers.getCookies().containsKey(FLASH_COOKIE)) {
            response.cookie(expired(FLASH_COOKIE));
        }
        return response.build();
    }

    /** The messages in the caller's language, for text composed in Java (flash messages). */
    public Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(locale().toLanguageTag()));
    }

    /** Another message bundle (a feature's own) in the caller's language. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale().toLanguageTag()));
    }

    /** POST → redirect → GET, with a message shown once on the next page. */
    public Response redirect(String path, String flashMessage) {
        Response.ResponseBuilder response = Response.seeOther(URI.create(path));
        if (flashMessage != null) {
            response.cookie(new NewCookie.Builder(FLASH_COOKIE)
                    .value(URLEncoder.encode(flashMessage, StandardCharsets.UTF_8)
                            .replace("+", "%20"))
                    .path("/")
                    .maxAge(60)
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return response.build();
    }

    public static NewCookie expired(String name) {
        return new NewCookie.Builder(name)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
