package kr.axcampus.cohort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.CentreTime;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/** Cohorts as the API and pages show them: with their course, instructors' names and head counts, in three queries. */
@ApplicationScoped
class CohortViews {
    private final CatalogService catalog;
    private final UserService users;
    private final EntityManager em;
    private final CentreTime time;

    CohortViews(CatalogService catalog, UserService users, EntityManager em, CentreTime time) {
        this.time = time;
        this.catalog = catalog;
        this.users = users;
        this.em = em;
    }

    List<CohortView> of(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        LocalDate today = time.today();
        Map<UUID, long[]> counts = headCounts(cohorts.stream().map(c -> c.id).toList());
        Map<UUID, CourseRef> courses =
                catalog.findCourses(cohorts.stream().map(c -> c.courseId).toList());
        Set<UUID> instructorIds = new LinkedHashSet<>();
        cohorts.forEach(c -> instructorIds.addAll(c.instructorIds));
        Map<UUID, UserView> instructors = users.findAllInCenter(cohorts.get(0).centerId, instructorIds);
        return cohorts.stream()
                .map(c -> {
                    CourseRef course = courses.get(c.courseId);
                    long[] count = counts.getOrDefault(c.id, new long[2]);
                    List<CohortView.Person> people = c.instructorIds.stream()
                            .map(instructors::get)
                            .filter(p -> p != null)
                            .map(p -> new CohortView.Person(p.id(), p.name()))
                            .sorted(Comparator.comparing(CohortView.Person::name))
                            .toList();
                    return new CohortView(
                            c.id.toString(),
                            course.code(),
                            course.title(),
                            course.titleEn(),
                            c.code,
                            c.startDate,
                            c.endDate,
                            c.capacity,
                            c.mode,
                            statusOn(c, today),
                            c.instructorIds.stream()
                                    .map(UUID::toString)
                                    .sorted()
                                    .toList(),
                            people,
                            count[0],
                            count[1],
                            List.of(c.allowedNetworks),
                            c.closedAt);
                })
                .toList();
    }

    /** Where a cohort is by its dates, unless it was cancelled. */
    static CohortStatus statusOn(Cohort cohort, LocalDate today) {
        if (cohort.status == CohortStatus.CANCELLED) {
            return CohortStatus.CANCELLED;
        }
        if (today.isBefore(cohort.startDate)) {
            return CohortStatus.PLANNED;
        }
        return today.isAfter(cohort.endDate) ? CohortStatus.FINISHED : CohortStatus.RUNNING;
    }

    /** Active and withdrawn enrolments per cohort, in one query. */
    private Map<UUID, long[]> headCounts(List<UUID> cohortIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        em.createQuery(
                        "select e.cohortId as cohort, sum(case when e.status <> :withdrawn then 1 else 0 end) as active, "
                                + "sum(case when e.status = :withdrawn then 1 else 0 end) as withdrawn "
                                + "from Enrollment e where e.cohortId in :ids group by e.cohortId",
                        Tuple.class)
                .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN)
                .setParameter("ids", cohortIds)
                .getResultList()
                .forEach(t -> counts.put(
                        t.get("cohort", UUID.class),
                        new long[] {t.get("active", Long.class), t.get("withdrawn", Long.class)}));
        return counts;
    }
}
