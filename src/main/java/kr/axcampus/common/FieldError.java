package kr.axcampus.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One offending field of a request; {@code line} is set for rows of an uploaded file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@io.quarkus.qute.TemplateData
public record FieldError(String field, String message, Integer line) {
    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
