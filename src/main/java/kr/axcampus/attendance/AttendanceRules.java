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

    /** Slowing down guessed codes ({@code axcampus.rules.code-guesses.*}). */
    CodeGuesses codeGuesses();

    /**
     * A six-digit code can be guessed only if guessing is fast: wrong codes are counted per learner
     * and session, and per session across its learners; over the limit each further attempt waits
     * (429 with {@code Retry-After}), the wait doubling up to a maximum.
     */
    interface CodeGuesses {
        /** Wrong codes one learner may enter for one session within the window. */
        @WithDefault("5")
        int perLearner();

        /** Wrong codes a session accepts from all its learners together within the window. */
        @WithDefault("100")
        int perSession();

        /** Wrong codes older than this are forgotten. */
        @WithDefault("1m")
        Duration window();

        /** A learner's wait after the first wrong code over the limit; doubles with each further one. */
        @WithDefault("1m")
        Duration learnerDelay();

        /** A session's wait over its limit: short, since every learner of the session waits. */
        @WithDefault("10s")
        Duration sessionDelay();

        /** The longest wait. */
        @WithDefault("10m")
        Duration maxDelay();
    }
}
