package kr.axcampus.common;

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
}
