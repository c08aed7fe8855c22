package kr.axcampus.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One offending field of a request; {@code line} is set for rows of an uploaded file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@io.quarkus.qute.TemplateData
public record FieldError(String field, String message, Integer line) {
    public FieldError(String field, String message) {
        this(field, message, null);
    }

    /** Bean-validation findings as field errors, named by the property path. */
    public static java.util.List<FieldError> of(java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> violations) {
        return violations.stream().map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
    }
}
