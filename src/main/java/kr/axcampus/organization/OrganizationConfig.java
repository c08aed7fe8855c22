package kr.axcampus.organization;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The centre this installation serves; created at start-up when missing. */
@ConfigMapping(prefix = "axcampus.center")
public interface OrganizationConfig {

    /** Display name of the centre (unique). */
    String name();

    /** UNIVERSITY, LARGE_ENTERPRISE, EMPLOYER_ASSOCIATION or OTHER. */
    @WithDefault("UNIVERSITY")
    CenterKind kind();

    /** Region code from content/regions.yaml. */
    @WithDefault("SEOUL")
    String region();

    /** Whether the centre is a designated hub centre (거점형). */
    @WithDefault("false")
    boolean hub();
}
