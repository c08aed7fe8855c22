package kr.axcampus.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Values typed into a page form, read the way every form reads them: a blank is absent, a bad one a field error. */
public final class FormValues {
    private FormValues() {}

    /** An optional date as YYYY-MM-DD; an unreadable one is reported as the field's {@code invalid-date}. */
    public static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(FieldError.coded(field, "invalid-date", "expected a date as YYYY-MM-DD"));
            return null;
        }
    }
}
