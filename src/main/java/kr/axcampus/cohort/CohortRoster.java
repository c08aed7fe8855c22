package kr.axcampus.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.catalog.CourseRoster;

/** Answers the catalogue's questions about cohorts (who may read lessons; what runs next). */
@ApplicationScoped
public class CohortRoster implements CourseRoster {
    private final CohortService cohorts;
    private final EntityManager em;

    public CohortRoster(CohortService cohorts, EntityManager em) {
        this.cohorts = cohorts;
        this.em = em;
    }

    /** Enrolled (not withdrawn) in any cohort of the course. */
    @Override
    public boolean isEnrolled(UUID userId, UUID courseId) {
        return Enrollment.count(
                        "userId = ?1 and status <> ?2 and cohortId in "
                                + "(select c.id from Cohort c where c.courseId = ?3)",
                        userId,
                        EnrollmentStatus.WITHDRAWN,
                        courseId)
                > 0;
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
        return em.createQuery(
                        "select distinct c.courseId from Cohort c, Enrollment e where e.cohortId = c.id "
                                + "and e.userId = :user and e.status <> :withdrawn",
                        UUID.class)
                .setParameter("user", userId)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .getResultList();
    }
}
