package kr.axcampus.common;

import java.util.List;

/** Enum values from text a person or client sent: unknown ones are a 400 naming the field, never a 500. */
public final class Enums {
    private Enums() {}

    /** Null for a blank value; otherwise the constant, or a 400 listing the accepted ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(
                    FieldError.coded(field, "unknown-value", "must be one of " + List.of(type.getEnumConstants()))));
        }
    }
}
