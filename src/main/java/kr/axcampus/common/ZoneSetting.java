package kr.axcampus.common;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;

/** {@code axcampus.rules.zone}: the centre's zone (its value is in application.properties). */
@ConfigMapping(prefix = "axcampus.rules")
public interface ZoneSetting {
    /** Where the centre is: its days, deadlines and wall-clock times. */
    ZoneId zone();
}
