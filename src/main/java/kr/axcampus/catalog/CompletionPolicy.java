package kr.axcampus.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.qute.TemplateData;

/**
 * A course's completion rules (DESIGN.md §4). As read from a course.yaml, every number or
 * switch the course does not set is null: the centre's setting decides ({@link
 * CompletionDefaults}). {@link #over} fills them in, so what pages and progress see is complete.
 */
@TemplateData
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionPolicy(
        Double attendanceRate,
        Integer requiredPracticumMinutes,
        Integer practiceLogCapMinutes,
        boolean deliverableRequired,
        boolean onlinePracticum,
        Boolean threeLatesOneAbsence,
        Boolean dailyHalfRule) {

    /** This course's own values where it sets them, the defaults' elsewhere. */
    public CompletionPolicy over(CompletionPolicy defaults) {
        return new CompletionPolicy(
                attendanceRate != null ? attendanceRate : defaults.attendanceRate(),
                requiredPracticumMinutes != null ? requiredPracticumMinutes : defaults.requiredPracticumMinutes(),
                practiceLogCapMinutes != null ? practiceLogCapMinutes : defaults.practiceLogCapMinutes(),
                deliverableRequired,
                onlinePracticum,
                threeLatesOneAbsence != null ? threeLatesOneAbsence : defaults.threeLatesOneAbsence(),
                dailyHalfRule != null ? dailyHalfRule : defaults.dailyHalfRule());
    }
}
