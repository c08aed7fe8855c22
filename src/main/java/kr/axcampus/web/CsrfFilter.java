package kr.axcampus.web;

import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.HttpServerRequest;

/** Applies {@link CsrfTokens} to every request JAX-RS serves; forms are read first, so their field counts. */
public class CsrfFilter {

    @ServerRequestFilter(priority = 100)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        String type = http.getHeader("Content-Type");
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        boolean form = lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/");
        String offered = http.getHeader(CsrfTokens.HEADER);
        if (offered == null && form && context.getFormData() != null) {
            FormValue field = context.getFormData().getFirst(CsrfTokens.FIELD);
            offered = field == null || field.isFileItem() ? null : field.getValue();
        }
        CsrfTokens.check(CsrfTokens.requestOf(http, form, offered));
    }
}
