package kr.axcampus.common;

import java.util.Locale;

/** A role a person may hold; a person may hold several. */
public enum Role {
    ADMIN,
    INSTRUCTOR,
    CEO,
    LEARNER;

    /** Parses a role name case-insensitively; null when it is no role. */
    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
