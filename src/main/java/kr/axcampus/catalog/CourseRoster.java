package kr.axcampus.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the catalogue needs to know about cohorts, answered by the cohort feature:
 * who may read a course's lessons, and which cohorts of it are coming up.
 */
public interface CourseRoster {
    /** Whether the person is enrolled (not withdrawn) in any cohort of the course. */
    boolean isEnrolled(UUID userId, UUID courseId);

    /** Cohorts of the course in the centre that have not ended yet, soonest first. */
    List<UpcomingCohort> upcoming(UUID centerId, UUID courseId, LocalDate today);

    /** Ids of the courses the person is enrolled in (not withdrawn). */
    List<UUID> enrolledCourses(UUID userId);

    record UpcomingCohort(
            String id, String code, LocalDate startDate, LocalDate endDate, String mode, int capacity, long enrolled) {}
}
