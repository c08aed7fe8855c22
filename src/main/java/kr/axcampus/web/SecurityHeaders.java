package kr.axcampus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers on every answer, pages, API, files and errors alike: no content sniffing, no referrer
 * leaving the site, and for our own pages a content security policy without inline script or
 * style that no other site may frame. The Quarkus tools under {@code /q/} (Swagger UI runs inline
 * scripts) get every header but the script policy. HSTS goes out once the request came over TLS
 * (directly, or as a trusted proxy says).
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String TOOL_POLICY = "frame-ancestors 'none'";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(done -> apply(context));
            context.next();
        });
    }

    private static void apply(RoutingContext context) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        boolean tool =
                context.request().path() != null && context.request().path().startsWith("/q/");
        headers.set("Content-Security-Policy", tool ? TOOL_POLICY : PAGE_POLICY);
        if ("https".equals(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
