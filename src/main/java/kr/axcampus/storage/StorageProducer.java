package kr.axcampus.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

/** Chooses the adapter from configuration: S3 when an endpoint is set, else the local folder. */
@ApplicationScoped
class StorageProducer {
    private static final Logger LOG = Logger.getLogger(StorageProducer.class);

    @Produces
    @ApplicationScoped
    ObjectStorage objectStorage(StorageConfig config, SignedLinks links) {
        ObjectStorage storage = config.endpoint().filter(e -> !e.isBlank()).isPresent()
                ? new S3ObjectStorage(config)
                : new LocalObjectStorage(Path.of(config.localDir()), links);
        LOG.infof("Object storage: %s", storage.describe());
        return storage;
    }
}
