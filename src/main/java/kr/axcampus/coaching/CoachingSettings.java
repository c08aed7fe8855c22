package kr.axcampus.coaching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service levels coaching promises ({@code axcampus.coaching.*}); a request past one is overdue. */
@ConfigMapping(prefix = "axcampus.coaching")
public interface CoachingSettings {
    /** A new request gets its first response (a coach assigned, or an answer closing it) within this. */
    @WithDefault("48h")
    Duration firstResponseWithin();

    /** A request is resolved or closed within this of being asked. */
    @WithDefault("336h")
    Duration endWithin();
}
