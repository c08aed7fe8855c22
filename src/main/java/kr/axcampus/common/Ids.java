package kr.axcampus.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ids are opaque strings to clients; a malformed one is simply an id nothing has. */
public final class Ids {
    private Ids() {}

    public static Optional<UUID> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A list of ids a request names: each that is not an id is the field's error with {@code code}. */
    public static List<UUID> parseAll(List<String> values, String field, String code, List<FieldError> errors) {
        List<UUID> parsed = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            parse(value)
                    .ifPresentOrElse(
                            parsed::add,
                            () -> errors.add(FieldError.coded(field, code, "'" + value + "' is not an id")));
        }
        return parsed;
    }
}
