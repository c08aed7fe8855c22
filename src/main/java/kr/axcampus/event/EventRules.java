package kr.axcampus.event;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The settings of sharing events ({@code axcampus.events.*}). */
@ConfigMapping(prefix = "axcampus.events")
public interface EventRules {
    /** Check-in with the live code opens this long before the event starts and closes when it ends. */
    @WithDefault("30m")
    Duration checkInOpensBefore();
}
