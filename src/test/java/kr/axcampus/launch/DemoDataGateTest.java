package kr.axcampus.launch;

import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demo accounts have known passwords: the setting alone never loads them in production. */
class DemoDataGateTest {

    private static SmallRyeConfig config(boolean open, String profile, Map<String, String> settings) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "environment", 300))
                .withInterceptors(new DemoDataGate(() -> open));
        if (profile != null) {
            builder.withProfile(profile);
        }
        return builder.build();
    }

    private static boolean demoEnabled(SmallRyeConfig config) {
        return config.getOptionalValue(DemoDataGate.SETTING, Boolean.class).orElse(false);
    }

    @Test
    void theSettingAloneDoesNotLoadDemoDataBesideAProductionDatabase() {
        SmallRyeConfig production = config(
                false,
                null,
                Map.of(
                        DemoDataGate.SETTING,
                        "true",
                        "quarkus.datasource.jdbc.url",
                        "jdbc:postgresql://db.example:5432/axcampus"));
        assertFalse(demoEnabled(production));
        assertFalse(demoEnabled(config(false, "prod", Map.of("%prod." + DemoDataGate.SETTING, "TRUE"))));
    }

    @Test
    void theEmbeddedDefaultAndTheTestProfileLoadIt() {
        assertTrue(demoEnabled(config(true, null, Map.of(DemoDataGate.SETTING, "true"))));
        assertTrue(demoEnabled(config(true, "test", Map.of("%test." + DemoDataGate.SETTING, "true"))));
        assertFalse(demoEnabled(config(true, null, Map.of(DemoDataGate.SETTING, "false"))));
        assertEquals("x", config(false, null, Map.of("other.setting", "x")).getRawValue("other.setting"));
    }

    @Test
    void theGateOpensOnlyForTheEmbeddedLauncherOrTheTestMode() {
        assertTrue(DemoDataGate.opensFor(true, LaunchMode.NORMAL));
        assertTrue(DemoDataGate.opensFor(false, LaunchMode.TEST));
        assertFalse(DemoDataGate.opensFor(false, LaunchMode.NORMAL));
        assertFalse(DemoDataGate.opensFor(false, LaunchMode.DEVELOPMENT));
    }

    @Test
    void quarkusFindsTheGate() {
        assertTrue(ServiceLoader.load(ConfigSourceInterceptor.class).stream()
                .anyMatch(p -> p.type() == DemoDataGate.class));
    }
}
