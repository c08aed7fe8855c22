package kr.axcampus.web;

import java.lang.reflect.Method;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * The API reads JSON: a body sent to an operation that declares no other type ({@code @Consumes},
 * as the CSV imports do) must say it is JSON, or it is refused with 415 before anything reads it.
 */
public class JsonBodies {

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api") || !hasBody(http) || declaresItsOwn(resource)) {
            return;
        }
        String type = http.getHeader("Content-Type");
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        String essence =
                lower.contains(";") ? lower.substring(0, lower.indexOf(';')).strip() : lower;
        if (essence.equals("application/x-www-form-urlencoded") || essence.startsWith("multipart/")) {
            // A form: the CSRF check answers it first (a browser's form never speaks JSON either).
            return;
        }
        if (!essence.equals("application/json") && !essence.endsWith("+json")) {
            throw new NotSupportedException("send the body as application/json");
        }
    }

    private static boolean hasBody(HttpServerRequest http) {
        String length = http.getHeader("Content-Length");
        return (length != null && !length.strip().equals("0")) || http.getHeader("Transfer-Encoding") != null;
    }

    private static boolean declaresItsOwn(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        return method != null
                && (method.isAnnotationPresent(Consumes.class)
                        || method.getDeclaringClass().isAnnotationPresent(Consumes.class));
    }
}
