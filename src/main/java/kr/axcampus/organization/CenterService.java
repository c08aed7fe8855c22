package kr.axcampus.organization;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

import kr.axcampus.common.ClusterLock;

/** The training centre this installation serves. */
@ApplicationScoped
public class CenterService {
    /** Start-up order: the centre first, then accounts, then demo data. */
    public static final int STARTUP_PRIORITY = 10;

    private final OrganizationConfig config;
    private final RegionCatalog regions;
    private final ClusterLock clusterLock;

    public CenterService(OrganizationConfig config, RegionCatalog regions, ClusterLock clusterLock) {
        this.config = config;
        this.regions = regions;
        this.clusterLock = clusterLock;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        defaultCenterId();
    }

    /** The configured centre, created on first use. */
    @Transactional
    public UUID defaultCenterId() {
        TrainingCenter center = TrainingCenter.findByName(config.name());
        if (center == null) {
            // Replicas starting together on an empty database take turns; the second finds the centre.
            clusterLock.serializeStartup();
            center = TrainingCenter.findByName(config.name());
        }
        if (center == null) {
            if (regions.find(config.region()).isEmpty()) {
                throw new IllegalStateException(
                        "axcampus.center.region '" + config.region() + "' is not in content/regions.yaml");
            }
            center = new TrainingCenter();
            center.name = config.name();
            center.kind = config.kind();
            center.region = config.region();
            center.hub = config.hub();
            center.persist();
        }
        return center.id;
    }

    public String centerName(UUID centerId) {
        TrainingCenter center = TrainingCenter.findById(centerId);
        return center == null ? "" : center.name;
    }
}
