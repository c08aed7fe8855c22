package kr.axcampus.common;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Slows down guessing (passwords, check-in codes): after too many failures for a key within
 * its window, each further attempt must wait, and the wait doubles. The counts live in
 * PostgreSQL so every replica enforces the same limits. A failure is recorded in a transaction
 * of its own, so the refusal that follows it does not roll it back.
 */
@ApplicationScoped
public class FailureThrottle {
    /** How many failures a key may have within {@code window}, and how long it then waits. */
    public record Limit(int allowed, Duration window, Duration baseDelay, Duration maxDelay) {}

    /** Rows idle this long are deleted by the sweep; longer than any window or delay in use. */
    private static final Duration RETENTION = Duration.ofHours(1);

    private final EntityManager em;
    private final ClusterLock clusterLock;
    private final DirectSql sql;

    public FailureThrottle(EntityManager em, ClusterLock clusterLock, DirectSql sql) {
        this.em = em;
        this.clusterLock = clusterLock;
        this.sql = sql;
    }

    /** How long the caller must still wait, if any of the keys is blocked (one read, no transaction needed). */
    public Optional<Duration> waitFor(Collection<String> keys) {
        Instant now = Instant.now();
        OffsetDateTime until = sql.list(
                        "SELECT max(blocked_until) AS until FROM failure_throttle "
                                + "WHERE throttle_key IN (:keys) AND blocked_until > :now",
                        Map.of("keys", keys, "now", now),
                        row -> row.getObject("until", OffsetDateTime.class))
                .get(0);
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until.toInstant()));
    }

    /** The refusal while blocked: 429 with {@code Retry-After} in whole seconds. */
    public static ProblemException tooMany(Duration wait, String what) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(
                429,
                "too-many-attempts",
                "Too many attempts",
                what + "; try again in " + seconds + " s",
                null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String key, Limit limit) {
        Instant now = Instant.now();
        Number failures = (Number) em.createNativeQuery("""
                INSERT INTO failure_throttle (throttle_key, failures, first_failure_at, blocked_until)
                VALUES (:key, 1, :now, NULL)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN failure_throttle.first_failure_at < :windowStart THEN 1
                                  ELSE failure_throttle.failures + 1 END,
                  first_failure_at = CASE WHEN failure_throttle.first_failure_at < :windowStart THEN :now
                                          ELSE failure_throttle.first_failure_at END
                RETURNING failures""")
                .setParameter("key", key)
                .setParameter("now", at(now))
                .setParameter("windowStart", at(now.minus(limit.window())))
                .getSingleResult();
        int over = failures.intValue() - limit.allowed();
        if (over > 0) {
            Duration delay = limit.baseDelay().multipliedBy(1L << Math.min(over - 1, 20));
            if (delay.compareTo(limit.maxDelay()) > 0) {
                delay = limit.maxDelay();
            }
            em.createNativeQuery("UPDATE failure_throttle SET blocked_until = :until WHERE throttle_key = :key")
                    .setParameter("until", at(now.plus(delay)))
                    .setParameter("key", key)
                    .executeUpdate();
        }
    }

    @Transactional
    public void forget(String key) {
        em.createNativeQuery("DELETE FROM failure_throttle WHERE throttle_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Once every ten minutes across all replicas (the lease), whichever fires first. */
    @Scheduled(every = "10m", delayed = "1m")
    void sweepOnce() {
        if (clusterLock.claim("failure-throttle-sweep", Duration.ofMinutes(9))) {
            QuarkusTransaction.requiringNew().run(this::sweep);
        }
    }

    void sweep() {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM failure_throttle WHERE first_failure_at < :old "
                        + "AND (blocked_until IS NULL OR blocked_until < :now)")
                .setParameter("old", at(now.minus(RETENTION)))
                .setParameter("now", at(now))
                .executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
