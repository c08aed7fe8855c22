package kr.axcampus.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import kr.axcampus.common.Problem;

/**
 * Some parts of the stack answer a request with a bare status and no body.
 * API clients get problem+json for those too, so every refusal names its
 * reason; people on a page get the error page. (A refused CSRF token is a
 * problem of its own: the mapper tells a person the form expired.)
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
        String type = "/problems/http-" + response.getStatus();
        String title = response.getStatusInfo().getReasonPhrase();
        String detail = "the request was refused with status " + response.getStatus();
        response.setEntity(
                new Problem(type, title, response.getStatus(), detail, path, null),
                null,
                MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private void describeToPerson(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String reason = response.getStatusInfo().getReasonPhrase();
        String html = pages.errorHtml(status, reason, reason);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.setEntity(html, null, MediaType.valueOf("text/html;charset=UTF-8"));
    }
}
