package kr.axcampus.material;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;

import kr.axcampus.common.ClusterLock;
import kr.axcampus.common.Moment;
import kr.axcampus.storage.ObjectStorage;

/**
 * Removed materials keep their object for a retention period (a mistaken removal can be
 * undone by an operator in the database); then this sweep deletes the object and stamps the
 * row, which stays as the record of what was shared. One replica sweeps per period.
 */
@ApplicationScoped
public class MaterialRetention {
    private static final Logger LOG = Logger.getLogger(MaterialRetention.class);
    private static final int BATCH = 200;

    private final ObjectStorage storage;
    private final ClusterLock lock;
    private final Duration retention;

    public MaterialRetention(
            ObjectStorage storage,
            ClusterLock lock,
            @ConfigProperty(name = "axcampus.materials.retention", defaultValue = "30d") Duration retention) {
        this.storage = storage;
        this.lock = lock;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "10m")
    void sweepOnSchedule() {
        if (lock.claim("material-retention", Duration.ofMinutes(55))) {
            sweep(Moment.now());
        }
    }

    /**
     * Purges these removed materials now, without waiting for the retention (an erased person's
     * deliverables); answers how many. What storage refuses stays for the hourly sweep.
     */
    public int purge(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Material> removed = QuarkusTransaction.requiringNew()
                .call(() -> Material.<Material>list("id in ?1 and deletedAt is not null and purgedAt is null", ids));
        return purgeEach(removed, Moment.now());
    }

    /** Purges every material removed before {@code now} minus the retention; answers how many. */
    public int sweep(Instant now) {
        Instant cutoff = now.minus(retention);
        int purged = 0;
        List<Material> due;
        do {
            due = QuarkusTransaction.requiringNew()
                    .call(() -> Material.<Material>find(
                                    "deletedAt < ?1 and purgedAt is null", Sort.by("deletedAt"), cutoff)
                            .page(0, BATCH)
                            .list());
            int done = purgeEach(due, now);
            purged += done;
            if (done < due.size()) {
                return purged;
            }
        } while (due.size() == BATCH);
        if (purged > 0) {
            LOG.infof("retention sweep purged %d removed materials (removed before %s)", purged, cutoff);
        }
        return purged;
    }

    /** Deletes each object and stamps its row; stops at the first storage failure. */
    private int purgeEach(List<Material> materials, Instant now) {
        int purged = 0;
        for (Material material : materials) {
            try {
                storage.remove(material.objectKey);
            } catch (RuntimeException e) {
                LOG.warnf("purging stopped, storage failed on %s: %s", material.objectKey, e.getMessage());
                return purged;
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> Material.update("purgedAt = ?1 where id = ?2", now, material.id));
            purged++;
        }
        return purged;
    }
}
