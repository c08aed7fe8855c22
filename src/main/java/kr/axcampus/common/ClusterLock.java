package kr.axcampus.common;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Coordination between replicas through PostgreSQL, which they all share: start-up
 * steps that create rows take turns, and a scheduled job runs once per period however
 * many replicas fire it.
 */
@ApplicationScoped
public class ClusterLock {
    /** Any fixed number; the same in every replica. */
    private static final long STARTUP_KEY = 0x4158_5354_4152_5455L;

    private final EntityManager em;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName();

    public ClusterLock(EntityManager em) {
        this.em = em;
    }

    /**
     * Waits until no other replica is in a start-up step; held until the caller's transaction
     * ends, so a find-or-create inside it cannot race another replica's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serializeStartup() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, STARTUP_KEY)
                .getSingleResult();
    }

    /**
     * Claims the job's lease when its last run is at least {@code period} ago: true for exactly one
     * caller per period across every replica (the claim commits on its own).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        Instant now = Instant.now();
        return !em.createNativeQuery("""
                INSERT INTO job_lease (name, holder, ran_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, ran_at = excluded.ran_at
                WHERE job_lease.ran_at <= ?4
                RETURNING name""")
                .setParameter(1, job)
                .setParameter(2, holder)
                .setParameter(3, now)
                .setParameter(4, now.minus(period))
                .getResultList()
                .isEmpty();
    }
}
