package kr.axcampus.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.FieldError;

/** Failures on pages: people get a sign-in redirect or a readable page, not JSON. */
@ApplicationScoped
public class ErrorPages {
    private final Instance<PageSupport> support;

    public ErrorPages(Instance<PageSupport> support) {
        this.support = support;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(
                PageContext ctx, int status, String title, String detail, List<FieldError> errors, boolean worded);
    }

    /** A page request: not the JSON API, not the platform endpoints, and a browser asking for HTML. */
    public boolean isPage(UriInfo uri, HttpHeaders headers) {
        return isPage(uri.getPath(), headers.getAcceptableMediaTypes());
    }

    public boolean isPage(String path, List<MediaType> acceptable) {
        boolean api = path.startsWith("/api") || path.startsWith("/q/") || path.startsWith("/.well-known");
        return !api && ProblemMapper.wantsHtml(acceptable);
    }

    public Response toSignIn(UriInfo uri) {
        String next = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + uri.getRequestUri().getRawQuery());
        // A session cookie the server refused (expired, revoked) goes, or the sign-in page would refuse it too.
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .cookie(PageSupport.expired(CsrfTokens.SESSION_COOKIE))
                .build();
    }

    /**
     * The error page as text, for response filters that answer after the resource
     * (or another filter) already produced a bare status.
     */
    public String errorHtml(int status, String title, String detail) {
        PageSupport page = support.get();
        return Templates.error(page.context(), status, title, detail, List.of(), false)
                .setLocale(page.locale())
                .render();
    }

    /** The messages in the caller's language. */
    public Msg msg() {
        return support.get().msg();
    }

    /** A problem as a page: explained in words by its status; its own title and detail are the API's English. */
    public Response error(int status, String title, String detail, List<FieldError> errors) {
        PageSupport page = support.get();
        return page.render(
                Templates.error(page.context(), status, title, detail, errors == null ? List.of() : errors, false),
                status);
    }

    /** An error page whose title and text were written for people, in the reader's language. */
    public Response worded(int status, String title, String text) {
        PageSupport page = support.get();
        return page.render(Templates.error(page.context(), status, title, text, List.of(), true), status);
    }
}
