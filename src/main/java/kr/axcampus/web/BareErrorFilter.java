package kr.axcampus.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import kr.axcampus.common.Problem;

/**
 * Some filters answer an API request with a bare status and no body, such as the
 * CSRF filter refusing a form post without its token. API clients get problem+json
 * for those too, so every refusal names its reason.
 */
public class BareErrorFilter {
    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() < 400 || response.hasEntity() || !path.startsWith("/api")) {
            return;
        }
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
        response.setEntity(new Problem(type, title, response.getStatus(), detail, path, null), null,
                jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private static boolean isForm(ContainerRequestContext request) {
        return request.getMediaType() != null
                && (request.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || "multipart".equals(request.getMediaType().getType()));
    }
}
