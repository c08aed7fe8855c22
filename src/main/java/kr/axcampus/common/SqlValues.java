package kr.axcampus.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver and Hibernate chose for them. */
public final class SqlValues {
    private SqlValues() {}

    /** A {@code timestamp with time zone} column as an instant; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a time value: " + value.getClass());
    }

    /** A count or sum column as a long, whichever number type the driver chose; null (no rows to sum) is 0. */
    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
