package kr.axcampus.catalog;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import kr.axcampus.organization.CenterService;

/**
 * Imports content/ at start-up, before demo data (which runs cohorts of its courses).
 * Invalid content is logged with every problem and leaves the previous catalogue in place.
 */
@ApplicationScoped
public class CatalogStartup {
    public static final int STARTUP_PRIORITY = CenterService.STARTUP_PRIORITY + 15;

    private final CatalogImporter importer;

    public CatalogStartup(CatalogImporter importer) {
        this.importer = importer;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        importer.importContent(CatalogImport.Trigger.STARTUP, null);
    }
}
