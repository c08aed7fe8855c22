package kr.axcampus.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import kr.axcampus.common.Problem;

/**
 * Some filters answer a request with a bare status and no body, such as the
 * CSRF filter refusing a form post without its token (or with a stale one).
 * API clients get problem+json for those too, so every refusal names its
 * reason; people on a page get the error page, which for a refused form says
 * the form expired and asks them to reload it (status 400, no redirect: the
 * refused post is not repeated and the page can be reloaded from history).
 */
public class BareErrorFilter {
    private final ErrorPages pages;

    public BareErrorFilter(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api")) {
            describeToClient(request, response, path);
        } else if (pages.isPage(path, request.getAcceptableMediaTypes())) {
            describeToPerson(request, response);
        }
    }

    private static void describeToClient(
            ContainerRequestContext request, ContainerResponseContext response, String path) {
        String type;
        String title;
        String detail;
        if (response.getStatus() == 400 && isForm(request)) {
            type = "/problems/csrf";
            title = "Form post without its CSRF token";
            detail = "a form-encoded POST needs the page's CSRF token; API clients send JSON (or no body) "
                    + "with Content-Type: application/json and a Bearer token";
        } else {
            type = "/problems/http-" + response.getStatus();
            title = response.getStatusInfo().getReasonPhrase();
            detail = "the request was refused with status " + response.getStatus();
        }
        response.setEntity(
                new Problem(type, title, response.getStatus(), detail, path, null),
                null,
                MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private void describeToPerson(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String html;
        if (status == 400 && isForm(request)) {
            Msg msg = pages.msg();
            html = pages.errorHtml(status, msg.error_form_expired_title(), msg.error_form_expired());
        } else {
            String reason = response.getStatusInfo().getReasonPhrase();
            html = pages.errorHtml(status, reason, reason);
        }
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.setEntity(html, null, MediaType.valueOf("text/html;charset=UTF-8"));
    }

    private static boolean isForm(ContainerRequestContext request) {
        return request.getMediaType() != null
                && (request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || "multipart".equals(request.getMediaType().getType()));
    }
}
