package kr.axcampus.web;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * The database could not be reached, or not in time: PostgreSQL is down or restarting, the
 * network to it broke, or every pooled connection stayed busy past the acquisition timeout. None
 * of that is the request's fault, and the same request will work again in seconds — so the answer
 * is 503 with {@code Retry-After}, not 500; the transaction was rolled back, so nothing was half
 * written.
 */
final class DatabaseUnavailable {
    /** What a client is told to wait: PostgreSQL restarts and fails over within seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (admin or crash shutdown, cannot
     * connect now) and 53300 (too many connections).
     */
    private static final String[] STATES = {"08", "57P01", "57P02", "57P03", "53300"};

    private DatabaseUnavailable() {}

    static boolean in(Throwable failure) {
        return Causes.hasSqlState(failure, STATES)
                || Causes.find(failure, DatabaseUnavailable::recognise).isPresent();
    }

    private static Optional<Boolean> recognise(Throwable t) {
        if (t instanceof JDBCConnectionException) {
            return Optional.of(true);
        }
        // Agroal's acquisition timeout: a SQLException without a state, caused by a TimeoutException.
        if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getCause() instanceof TimeoutException) {
            return Optional.of(true);
        }
        return Optional.empty();
    }
}
