package kr.axcampus.common;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Values typed into a page form, read the way every form reads them: a blank is absent (or, when
 * required, the field's {@code required}), an unreadable one the field's error with the given code.
 */
public final class FormValues {
    private FormValues() {}

    /** A value the form must have. */
    public static <T> T required(
            String field, String value, List<FieldError> errors, Function<String, T> parser, String invalidCode) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.coded(field, "required", field + " is required"));
            return null;
        }
        return optional(field, value, errors, parser, invalidCode);
    }

    /** A value the form may leave blank (null then). */
    public static <T> T optional(
            String field, String value, List<FieldError> errors, Function<String, T> parser, String invalidCode) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException unreadable) {
            errors.add(FieldError.coded(field, invalidCode, "cannot read '" + value.trim() + "'"));
            return null;
        }
    }

    /** An optional date as YYYY-MM-DD; an unreadable one is the field's {@code invalid-date}. */
    public static LocalDate date(String field, String value, List<FieldError> errors) {
        return optional(field, value, errors, LocalDate::parse, "invalid-date");
    }
}
