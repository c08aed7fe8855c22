package kr.axcampus.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/**
 * A course's completion rules (DESIGN.md §4). Every number has the programme's default
 * and a course may override it in its course.yaml. The funding-agency switches are null
 * unless the course sets them: then the centre's setting ({@code axcampus.rules.*}) decides.
 */
@TemplateData
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionPolicy(
        double attendanceRate,
        int requiredPracticumMinutes,
        int practiceLogCapMinutes,
        boolean deliverableRequired,
        boolean onlinePracticum,
        Boolean threeLatesOneAbsence,
        Boolean dailyHalfRule) {
    public static final double DEFAULT_ATTENDANCE_RATE = 0.8;
    public static final int PROGRAMME_PRACTICUM_MINUTES = 1080;
    public static final int DEFAULT_PRACTICE_LOG_CAP_MINUTES = 360;

    public static CompletionPolicy defaults(Track track) {
        return new CompletionPolicy(
                DEFAULT_ATTENDANCE_RATE,
                track == Track.PROFESSIONAL_AX ? PROGRAMME_PRACTICUM_MINUTES : 0,
                DEFAULT_PRACTICE_LOG_CAP_MINUTES,
                false,
                false,
                null,
                null);
    }
}
