package kr.axcampus.launch;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import jakarta.annotation.Priority;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Demo accounts have published passwords, so demo data loads only on the
 * embedded default that {@link AxCampusMain} prepared in this JVM, or in the
 * test launch mode. {@code axcampus.demo.enabled=true} from anywhere else (an
 * environment variable beside a production database URL, a system property, a
 * profile) reads as {@code false}, with a warning. Registered as a SmallRye
 * Config interceptor (META-INF/services), so the demo loader needs no change:
 * it simply sees the setting off.
 */
@Priority(Priorities.APPLICATION)
public class DemoDataGate implements ConfigSourceInterceptor {
    static final String SETTING = "axcampus.demo.enabled";
    private static final Logger LOG = Logger.getLogger(DemoDataGate.class);
    private static volatile boolean embeddedDefault;
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private final BooleanSupplier open;

    public DemoDataGate() {
        this(() -> opensFor(embeddedDefault, LaunchMode.current()));
    }

    DemoDataGate(BooleanSupplier open) {
        this.open = open;
    }

    /** Called by the launcher once the embedded default is running in this JVM. */
    static void openForEmbeddedDefault() {
        embeddedDefault = true;
    }

    static boolean opensFor(boolean embeddedDefaultStarted, LaunchMode mode) {
        return embeddedDefaultStarted || mode == LaunchMode.TEST;
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SETTING.equals(name)
                || value == null
                || value.getValue() == null
                || !Boolean.parseBoolean(value.getValue().trim())
                || open.getAsBoolean()) {
            return value;
        }
        if (WARNED.compareAndSet(false, true)) {
            LOG.warnf(
                    "%s=true (from %s) is ignored: demo data, whose accounts have published passwords, "
                            + "loads only on the embedded default (java -jar without a database URL)",
                    SETTING, value.getConfigSourceName());
        }
        return value.withValue("false");
    }
}
