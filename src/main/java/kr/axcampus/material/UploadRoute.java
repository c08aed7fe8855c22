package kr.axcampus.material;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Problem;
import kr.axcampus.common.ProblemException;
import kr.axcampus.web.CsrfTokens;

/**
 * {@code POST /api/materials}, served below JAX-RS so the multipart body is parsed as it
 * arrives and the file part streams to object storage instead of being buffered or spooled
 * (Quarkus REST would buffer or spool it, and Vert.x's own decoder hands out the form fields
 * only at the end of the body).
 * Authentication is the same JWT (header or cookie) the API uses; cookie-authenticated calls
 * (the pages' upload widget) must repeat the CSRF token in {@code X-CSRF-TOKEN}, as forms do.
 */
@ApplicationScoped
public class UploadRoute {
    static final String PATH = "/api/materials";
    /** Room for the multipart framing and the small fields around the file. */
    static final long FRAMING_ALLOWANCE = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(UploadRoute.class);

    private final MaterialService materials;
    private final IdentityProviderManager identities;
    private final ObjectMapper json;
    private final Counter streamed;
    private final Counter spooled;

    public UploadRoute(
            MaterialService materials, IdentityProviderManager identities, ObjectMapper json, MeterRegistry meters) {
        this.materials = materials;
        this.identities = identities;
        this.json = json;
        this.streamed = meters.counter("axcampus.uploads", "mode", "streamed");
        this.spooled = meters.counter("axcampus.uploads", "mode", "spooled");
    }

    /**
     * After authentication (-150), before Quarkus's body-size check (-2): that check would close
     * the connection on a large Content-Length; this route applies the upload limit itself and
     * answers problem+json.
     */
    private static final int ORDER_BEFORE_BODY_LIMIT = -3;

    void register(@Observes Router router) {
        router.post(PATH).order(ORDER_BEFORE_BODY_LIMIT).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        rc.request().pause();
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .subscribe()
                .with(
                        identity -> context.runOnContext(v -> begin(rc, context, identity)),
                        failure -> context.runOnContext(v -> refuse(rc, unauthorized())));
    }

    private void begin(RoutingContext rc, Context context, SecurityIdentity identity) {
        HttpServerRequest request = rc.request();
        Caller caller;
        byte[] boundary;
        try {
            if (identity == null
                    || identity.isAnonymous()
                    || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw unauthorized();
            }
            caller = CurrentCaller.of(token);
            CsrfTokens.check(CsrfTokens.requestOf(request, true, request.getHeader(CsrfTokens.HEADER)));
            String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
                throw new ProblemException(
                        415,
                        "not-multipart",
                        "Multipart form expected",
                        "send the file as multipart/form-data with the parts scope, scopeId and file",
                        null);
            }
            boundary = MultipartReader.boundary(type);
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parseLength(length) > materials.maxUploadSize() + FRAMING_ALLOWANCE) {
                throw materials.tooLarge();
            }
        } catch (ProblemException e) {
            refuse(rc, e);
            return;
        } catch (RuntimeException e) {
            refuse(rc, unauthorized());
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            request.response().writeContinue();
        }
        new StreamedUpload(rc, context, materials, this)
                .start(caller, boundary, new MultipartReader(materials, streamed::increment, spooled::increment));
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Content-Length", "not a number");
        }
    }

    /** Answers before reading the body, then reads and drops it so the client sees the answer. */
    private void refuse(RoutingContext rc, ProblemException problem) {
        HttpServerRequest request = rc.request();
        answer(rc, problem);
        if (!request.isEnded()) {
            request.handler(chunk -> {});
            request.resume();
        }
    }

    void answer(RoutingContext rc, ProblemException problem) {
        Problem body = Problem.of(problem, PATH);
        problem.headers().forEach((name, value) -> rc.response().putHeader(name, value));
        write(rc, problem.status(), Problem.MEDIA_TYPE, body, null);
    }

    void created(RoutingContext rc, Object view, String id) {
        write(rc, 201, "application/json", view, PATH + "/" + id);
    }

    private void write(RoutingContext rc, int status, String type, Object body, String location) {
        if (rc.response().ended() || rc.response().closed()) {
            return;
        }
        try {
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type);
            if (location != null) {
                rc.response().putHeader(HttpHeaders.LOCATION, location);
            }
            rc.response().end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            LOG.error("could not write an upload answer", e);
            rc.response().setStatusCode(500).end();
        }
    }

    static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized", "a valid token is required", null);
    }
}
