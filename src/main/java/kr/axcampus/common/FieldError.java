package kr.axcampus.common;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

/**
 * One offending field of a request: a human {@code message} (English, for API
 * clients), a stable {@code code} that pages translate, and the {@code line}
 * for rows of an uploaded file.
 */
@TemplateData
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line, String code) {
    public static final String INVALID = "invalid";

    public FieldError(String field, String message) {
        this(field, message, null, INVALID);
    }

    public FieldError(String field, String message, Integer line) {
        this(field, message, line, INVALID);
    }

    public static FieldError coded(String field, String code, String message) {
        return new FieldError(field, message, null, code);
    }

    public FieldError atLine(int lineNumber) {
        return new FieldError(field, message, lineNumber, code);
    }

    /** Bean-validation findings as field errors, named by the property path. */
    public static List<FieldError> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage(), null, codeOf(v)))
                // A missing value is the first thing to say about a field, whatever else its blank breaks.
                .sorted(Comparator.comparing(FieldError::field)
                        .thenComparing(e -> !"required".equals(e.code()))
                        .thenComparing(FieldError::message))
                .toList();
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "required";
            case "Size" -> "too-long";
            case "Email" -> "invalid-email";
            default -> INVALID;
        };
    }
}
