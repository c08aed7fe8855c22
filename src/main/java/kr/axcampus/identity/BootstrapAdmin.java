package kr.axcampus.identity;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import kr.axcampus.common.Role;
import kr.axcampus.organization.CenterService;

/** Creates the configured first administrator; the only way an ADMIN appears in production. */
@ApplicationScoped
class BootstrapAdmin {
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final BootstrapConfig config;
    private final UserService users;
    private final CenterService centers;

    BootstrapAdmin(BootstrapConfig config, UserService users, CenterService centers) {
        this.config = config;
        this.users = users;
        this.centers = centers;
    }

    void onStart(@Observes @Priority(CenterService.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (config.adminEmail().isEmpty()) {
            return;
        }
        String email = config.adminEmail().get();
        String password = config.adminPassword()
                .orElseThrow(() -> new IllegalStateException(
                        "axcampus.bootstrap.admin-password must be set with axcampus.bootstrap.admin-email"));
        boolean created =
                users.createIfAbsent(centers.defaultCenterId(), email, "Administrator", List.of(Role.ADMIN), password);
        if (created) {
            LOG.infof("Created the bootstrap administrator %s", email);
        }
    }
}
