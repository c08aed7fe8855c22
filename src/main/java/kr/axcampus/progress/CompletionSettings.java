package kr.axcampus.progress;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The completion rules of DESIGN.md §4 as the centre sets them ({@code axcampus.completion.*});
 * a course's {@code completion:} block in its course.yaml overrides any of them for itself.
 */
@ConfigMapping(prefix = "axcampus.completion")
public interface CompletionSettings {
    /** Practicum a professional (PROFESSIONAL_AX) learner must reach: 18 hours. */
    @WithDefault("1080")
    int requiredPracticumMinutes();

    /** At most this much approved independent practice counts toward the practicum: 6 of the 18 hours. */
    @WithDefault("360")
    int practiceLogCapMinutes();

    /** Share of the scheduled minutes (or, under the daily half rule, of the days) a learner must attend. */
    @WithDefault("0.8")
    double attendanceRate();

    /** Funding-agency switch: every three lates or early leaves count as one absence. */
    @WithDefault("false")
    boolean threeLatesOneAbsence();

    /** Funding-agency switch: for long courses a day counts only if half its hours were attended. */
    @WithDefault("false")
    boolean dailyHalfRule();

    /** The daily half rule applies to courses of at least this many scheduled minutes (30 h). */
    @WithDefault("1800")
    int dailyHalfRuleMinMinutes();
}
