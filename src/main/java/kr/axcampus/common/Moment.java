package kr.axcampus.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Now, to the microsecond: what PostgreSQL keeps of an instant. Every instant that is stored is
 * taken from here, so the API answers the same value the first time as on every later read.
 */
public final class Moment {
    private Moment() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
