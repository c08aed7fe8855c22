package kr.axcampus.common;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

/**
 * A failure the caller can act on. Services throw it; the single mapper in
 * {@code kr.axcampus.web.ProblemMapper} turns it into problem+json. The {@code type} is a stable
 * slug that becomes {@code /problems/<type>}.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;
    private final transient List<String> allowed;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, Map.of());
    }

    public ProblemException(
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers) {
        this(status, type, title, detail, errors, headers, null);
    }

    private ProblemException(
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, String> headers,
            List<String> allowed) {
        super(detail, null, false, false);
        this.allowed = allowed == null ? null : List.copyOf(allowed);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Refuses, field by field, a request its bean-validation constraints do not allow. */
    public static void requireValid(Validator validator, Object request) {
        List<FieldError> errors = FieldError.of(validator.validate(request));
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    /** Out of the caller's scope or absent: the same answer, so ids cannot be probed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " not found", null);
    }

    public static ProblemException conflict(String type, String detail, String field) {
        return new ProblemException(
                409,
                type,
                "Conflict",
                detail,
                field == null
                        ? null
                        : List.of(FieldError.coded(field, type.startsWith("duplicate") ? "duplicate" : type, detail)));
    }

    /**
     * A change the object's state does not allow (409 {@code /problems/illegal-transition}), naming
     * the states it could go to next, as API.md asks of every workflow.
     */
    public static ProblemException illegalTransition(String detail, List<String> allowed) {
        return new ProblemException(409, "illegal-transition", "Illegal transition", detail, null, Map.of(), allowed);
    }

    /** The next states of an illegal transition, or null for any other problem. */
    public List<String> allowed() {
        return allowed;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Extra response headers, such as Retry-After. */
    public Map<String, String> headers() {
        return headers;
    }
}
