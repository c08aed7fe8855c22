package kr.axcampus.web;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.Problem;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.UnavailableException;

/**
 * The one place where failures become answers: problem+json for the API, a
 * sign-in redirect or an error page for people. Never a class name or a stack
 * trace; unexpected failures are logged here and answered with a bare 500.
 */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ErrorPages pages;

    public ProblemMapper(ErrorPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        if ("csrf".equals(e.type()) && pages.isPage(uri, headers)) {
            // A person's form went stale (or came from elsewhere): say so in their language.
            Msg msg = pages.msg();
            return pages.worded(400, msg.error_form_expired_title(), msg.error_form_expired());
        }
        Response.ResponseBuilder response = Response.fromResponse(
                respond(uri, headers, e.status(), e.type(), e.title(), e.getMessage(), e.errors(), e.allowed()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response violations(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = FieldError.of(e.getConstraintViolations()).stream()
                .map(f -> new FieldError(fieldOf(f.field()), f.message(), f.line(), f.code()))
                .toList();
        ProblemException problem = ProblemException.invalid(errors);
        return respond(uri, headers, 400, problem.type(), problem.title(), problem.getMessage(), errors);
    }

    @ServerExceptionMapper({JsonParseException.class})
    public Response unparsable(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return respond(
                uri,
                headers,
                400,
                "malformed-json",
                "Malformed JSON",
                "the request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                List.of(new FieldError("body", "not valid JSON")));
    }

    @ServerExceptionMapper({
        MismatchedInputException.class,
        InvalidFormatException.class,
        ValueInstantiationException.class,
        JsonMappingException.class,
        JsonProcessingException.class
    })
    public Response mismatched(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "body";
        String message;
        if (e instanceof InvalidFormatException f
                && f.getOriginalMessage() != null
                && f.getOriginalMessage().startsWith("the value ")) {
            message = f.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of "
                    + List.of(f.getTargetType().getEnumConstants());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected " + describe(m.getTargetType());
        } else {
            message = "has the wrong type or format";
        }
        return respond(
                uri,
                headers,
                400,
                "validation",
                "Invalid request",
                field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (pages.isPage(uri, headers)) {
            return pages.toSignIn(uri);
        }
        return Response.fromResponse(respond(
                        uri,
                        headers,
                        401,
                        "unauthorized",
                        "Unauthorized",
                        "sign in first: a valid bearer token is required",
                        null))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response redirect(AuthenticationRedirectException e) {
        return Response.status(e.getCode())
                .location(URI.create(e.getRedirectUri()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(uri, headers, 403, "forbidden", "Forbidden", "your role does not allow this", null);
    }

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("%s: %s", e.title(), e.getMessage());
        return respond(uri, headers, 503, e.type(), e.title(), e.detail(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        // The JSON reader wraps what Jackson found; answer with the precise reason.
        if (e.getCause() instanceof JsonParseException parse) {
            return unparsable(parse, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException mapping) {
            return mismatched(mapping, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status >= 300 && status < 400) {
            return e.getResponse();
        }
        if (status >= 500) {
            LOG.error("Request failed: " + uri.getPath(), e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        String detail = switch (status) {
            case 404 -> "nothing at " + uri.getPath();
            case 405 -> "this method is not allowed on " + uri.getPath();
            case 415 -> "this content type is not accepted here";
            case 406 -> "no acceptable representation";
            default -> status >= 500 ? "the server failed; the failure was logged" : title;
        };
        return respond(uri, headers, status, type, title, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        // A duplicate that raced past the service's check: the database refused it, often only at commit.
        var conflict = UniqueKeyConflict.in(e);
        if (conflict.isPresent()) {
            return duplicate(conflict.get(), uri, headers);
        }
        if (DatabaseUnavailable.in(e)) {
            // One line, no stack: during an outage every request lands here.
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            Response response = pages.isPage(uri, headers)
                    ? pages.worded(
                            503,
                            pages.msg().error_unavailable_title(),
                            pages.msg().error_unavailable())
                    : respond(
                            uri,
                            headers,
                            503,
                            "database-unavailable",
                            "Service unavailable",
                            "the database cannot be reached just now; nothing was saved. Try again in a few seconds",
                            null);
            return Response.fromResponse(response)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        if (unstorable(e)) {
            // The last line of defence for input the checks let through: PostgreSQL refused the value itself.
            LOG.debugf("PostgreSQL refused a value on %s: %s", uri.getPath(), e.getMessage());
            return respond(
                    uri,
                    headers,
                    400,
                    "unstorable-value",
                    "Value cannot be stored",
                    "a value is too long, out of range (such as a date no calendar here holds) or holds a NUL "
                            + "character",
                    null);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(
                uri, headers, 500, "internal", "Internal error", "the server failed; the failure was logged", null);
    }

    /** PostgreSQL's data exceptions (SQLSTATE class 22): a value it cannot store, whatever the statement. */
    static boolean unstorable(Throwable e) {
        return Causes.hasSqlState(e, "22");
    }

    private Response duplicate(UniqueKeyConflict conflict, UriInfo uri, HttpHeaders headers) {
        LOG.debugf("Unique key refused a write on %s: %s", uri.getPath(), conflict.type());
        ProblemException problem = ProblemException.conflict(conflict.type(), conflict.detail(), conflict.field());
        return respond(uri, headers, 409, problem.type(), problem.title(), problem.getMessage(), problem.errors());
    }

    private Response respond(
            UriInfo uri,
            HttpHeaders headers,
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors) {
        return respond(uri, headers, status, type, title, detail, errors, null);
    }

    private Response respond(
            UriInfo uri,
            HttpHeaders headers,
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            List<String> allowed) {
        if (pages.isPage(uri, headers)) {
            return pages.error(status, title, detail, errors);
        }
        Problem problem = new Problem("/problems/" + type, title, status, detail, uri.getPath(), errors, allowed);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code create.request.name} → {@code name}: clients know fields, not Java methods. */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or instant in ISO-8601";
        }
        return "an object";
    }

    static boolean wantsHtml(HttpHeaders headers) {
        return wantsHtml(headers.getAcceptableMediaTypes());
    }

    static boolean wantsHtml(List<MediaType> acceptable) {
        return acceptable.stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
    }
}
