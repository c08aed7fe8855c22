package kr.axcampus.identity;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * API.md "Start-up contract": the first administrator comes from configuration
 * and is created at start-up when no user has that email.
 */
@ConfigMapping(prefix = "axcampus.bootstrap")
public interface BootstrapConfig {
    /** AXCAMPUS_BOOTSTRAP_ADMIN_EMAIL. */
    Optional<String> adminEmail();

    /** AXCAMPUS_BOOTSTRAP_ADMIN_PASSWORD. */
    Optional<String> adminPassword();
}
