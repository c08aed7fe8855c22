package kr.axcampus.attendance;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The check-in window of DESIGN.md §4, each bound a setting with the programme's default
 * ({@code axcampus.rules.*}); {@link CheckInWindow} applies them to a session. The centre's zone
 * is {@code axcampus.rules.zone} ({@code CentreTime}); completion rules are
 * {@code axcampus.completion.*}.
 */
@ConfigMapping(prefix = "axcampus.rules")
public interface AttendanceRules {
    /** Self check-in opens this long before the start and closes at the end. */
    @WithDefault("30m")
    Duration checkInOpensBefore();

    /** Checked in later than start + this: LATE. */
    @WithDefault("10m")
    Duration lateAfter();

    /** Checked out earlier than end − this: LEFT_EARLY. */
    @WithDefault("10m")
    Duration leftEarlyBefore();

    /** Self check-out stays open this long after the end. */
    @WithDefault("30m")
    Duration checkOutClosesAfter();
}
