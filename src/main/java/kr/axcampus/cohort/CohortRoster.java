package kr.axcampus.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.catalog.CourseRoster;

/** Answers the catalogue's questions about cohorts (who may read lessons; what runs next). */
@ApplicationScoped
public class CohortRoster implements CourseRoster {
    private final CohortService cohorts;

    public CohortRoster(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public boolean isEnrolled(UUID userId, UUID courseId) {
        return cohorts.isEnrolled(userId, courseId);
    }

    @Override
    public List<UpcomingCohort> upcoming(UUID centerId, UUID courseId, LocalDate today) {
        return cohorts.upcoming(centerId, courseId, today).stream()
                .map(c -> new UpcomingCohort(
                        c.id(), c.code(), c.startDate(), c.endDate(), c.mode().name(), c.capacity(), c.enrolledCount()))
                .toList();
    }

    @Override
    public List<UUID> enrolledCourses(UUID userId) {
        return cohorts.enrolledCourses(userId);
    }
}
