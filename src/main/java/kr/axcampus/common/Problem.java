package kr.axcampus.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the body of every API error; {@code allowed} names the next states
 * an illegal transition could have gone to.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> allowed) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is one of ours, {@code /problems/<name>}. */
    public static Problem of(
            String name, String title, int status, String detail, String instance, List<FieldError> errors) {
        return new Problem("/problems/" + name, title, status, detail, instance, errors);
    }

    /** The answer a refused request gets, at the path it asked for. */
    public static Problem of(ProblemException problem, String instance) {
        return new Problem(
                "/problems/" + problem.type(),
                problem.title(),
                problem.status(),
                problem.getMessage(),
                instance,
                problem.errors(),
                problem.allowed());
    }
}
