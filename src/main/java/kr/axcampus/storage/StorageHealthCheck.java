package kr.axcampus.storage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while object storage answers (the database check comes with the datasource). */
@Readiness
@ApplicationScoped
class StorageHealthCheck implements HealthCheck {
    private final ObjectStorage storage;

    StorageHealthCheck(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("object-storage")
                .status(storage.isReachable())
                .withData("store", storage.describe())
                .build();
    }
}
