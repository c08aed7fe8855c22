package kr.axcampus.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import kr.axcampus.common.ClusterLock;

/**
 * Slows down guessing: after too many failures for one account or one client
 * address, each further attempt must wait, and the wait doubles. The counts
 * live in PostgreSQL so every replica sees the same ones.
 */
@ApplicationScoped
class LoginThrottle {
    private final EntityManager em;
    private final ClusterLock clusterLock;
    private final IdentityConfig.Throttle config;

    LoginThrottle(EntityManager em, IdentityConfig config, ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.em = em;
        this.config = config.throttle();
    }

    static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long the caller must still wait, if any of the keys is blocked. */
    @Transactional
    Optional<Duration> waitFor(List<String> keys) {
        Instant now = Instant.now();
        Object until = em.createNativeQuery("SELECT max(blocked_until) FROM login_throttle "
                        + "WHERE throttle_key IN (:keys) AND blocked_until > :now")
                .setParameter("keys", keys)
                .setParameter("now", at(now))
                .getSingleResult();
        if (until == null) {
            return Optional.empty();
        }
        Instant end = until instanceof Instant i ? i : ((OffsetDateTime) until).toInstant();
        return Optional.of(Duration.between(now, end));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String key, int allowed) {
        Instant now = Instant.now();
        Number failures = (Number) em.createNativeQuery("""
                INSERT INTO login_throttle (throttle_key, failures, first_failure_at, blocked_until)
                VALUES (:key, 1, :now, NULL)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.first_failure_at < :windowStart THEN 1
                                  ELSE login_throttle.failures + 1 END,
                  first_failure_at = CASE WHEN login_throttle.first_failure_at < :windowStart THEN :now
                                          ELSE login_throttle.first_failure_at END
                RETURNING failures""")
                .setParameter("key", key)
                .setParameter("now", at(now))
                .setParameter("windowStart", at(now.minus(config.window())))
                .getSingleResult();
        int over = failures.intValue() - allowed;
        if (over > 0) {
            Duration delay = config.baseDelay().multipliedBy(1L << Math.min(over - 1, 20));
            if (delay.compareTo(config.maxDelay()) > 0) {
                delay = config.maxDelay();
            }
            em.createNativeQuery("UPDATE login_throttle SET blocked_until = :until WHERE throttle_key = :key")
                    .setParameter("until", at(now.plus(delay)))
                    .setParameter("key", key)
                    .executeUpdate();
        }
    }

    void recordAccountFailure(String email) {
        recordFailure(accountKey(email), config.maxFailuresPerAccount());
    }

    void recordAddressFailure(String address) {
        recordFailure(addressKey(address), config.maxFailuresPerAddress());
    }

    @Transactional
    void forget(String key) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Idempotent, so every replica may run it. */
    /** Once every ten minutes across all replicas (the lease), whichever fires first. */
    @Scheduled(every = "10m", delayed = "1m")
    void sweepOnce() {
        if (clusterLock.claim("login-throttle-sweep", Duration.ofMinutes(9))) {
            QuarkusTransaction.requiringNew().run(this::sweep);
        }
    }

    void sweep() {
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM login_throttle WHERE first_failure_at < :old "
                        + "AND (blocked_until IS NULL OR blocked_until < :now)")
                .setParameter("old", at(now.minus(config.window())))
                .setParameter("now", at(now))
                .executeUpdate();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
