package kr.axcampus.attendance;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The attendance rules of DESIGN.md §4, each a setting with the programme's default
 * ({@code axcampus.rules.*}). The funding-agency switches are the centre's defaults;
 * a course's completion policy may turn them on or off for itself.
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

    /** Funding-agency switch: every three lates or early leaves count as one absence. */
    @WithDefault("false")
    boolean threeLatesOneAbsence();

    /** Funding-agency switch: for long courses a day counts only if half its hours were attended. */
    @WithDefault("false")
    boolean dailyHalfRule();

    /** The daily half rule applies to courses of at least this many scheduled minutes (30 h). */
    @WithDefault("1800")
    int dailyHalfRuleMinMinutes();

    /** The centre's zone: days, deadlines and pages. */
    @WithDefault("Asia/Seoul")
    ZoneId zone();
}
