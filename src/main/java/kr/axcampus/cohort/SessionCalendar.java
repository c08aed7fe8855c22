package kr.axcampus.cohort;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.dto.CalendarSession;
import kr.axcampus.common.Caller;

/**
 * Sessions for calendars: a person's own (those they teach and those of cohorts they are enrolled
 * in, not withdrawn) for their feed, and one session in the caller's scope for its .ics file.
 * Three queries whatever the number of sessions: the sessions with their cohorts and change
 * counts, the cohorts the person teaches, the courses.
 */
@ApplicationScoped
public class SessionCalendar {
    private final SessionService sessions;
    private final CatalogService catalog;
    private final EntityManager em;

    public SessionCalendar(SessionService sessions, CatalogService catalog, EntityManager em) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.em = em;
    }

    /** The person's sessions ending at or after {@code from}, in time order, cancelled ones included. */
    public List<CalendarSession> of(UUID centerId, UUID person, Instant from) {
        TypedQuery<Object[]> query =
                rows("c.centerId = :center and s.endsAt >= :from and (:me member of c.instructorIds"
                                + " or c.id in (select e.cohortId from Enrollment e"
                                + " where e.userId = :me and e.status <> :withdrawn))")
                        .setParameter("center", centerId)
                        .setParameter("from", from)
                        .setParameter("me", person)
                        .setParameter("withdrawn", EnrollmentStatus.WITHDRAWN);
        return entries(query.getResultList(), centerId, person);
    }

    /** One session the caller may see (404 otherwise), as their calendar would show it. */
    public CalendarSession one(Caller caller, String sessionId) {
        SessionContext scoped = sessions.context(caller, sessionId);
        List<Object[]> found =
                rows("s.id = :id").setParameter("id", scoped.sessionId()).getResultList();
        return entries(found, scoped.centerId(), caller.id()).get(0);
    }

    private TypedQuery<Object[]> rows(String where) {
        return em.createQuery(
                "select s, c, (select count(ev) from SessionEvent ev where ev.sessionId = s.id)"
                        + " from CohortSession s, Cohort c where c.id = s.cohortId and " + where
                        + " order by s.startsAt, c.code, s.id",
                Object[].class);
    }

    private List<CalendarSession> entries(List<Object[]> rows, UUID centerId, UUID person) {
        Set<UUID> cohortIds = new HashSet<>();
        Set<UUID> courseIds = new HashSet<>();
        rows.forEach(r -> {
            cohortIds.add(((Cohort) r[1]).id);
            courseIds.add(((Cohort) r[1]).courseId);
        });
        Set<UUID> taught = taughtAmong(centerId, person, cohortIds);
        Map<UUID, CourseRef> courses = catalog.findCourses(courseIds);
        return rows.stream()
                .map(r -> entry((CohortSession) r[0], (Cohort) r[1], ((Number) r[2]).intValue(), courses, taught))
                .toList();
    }

    /** Which of the cohorts the person teaches: one query, not one per cohort's instructor list. */
    private Set<UUID> taughtAmong(UUID centerId, UUID person, Set<UUID> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery(
                        "select c.id from Cohort c where c.centerId = :center and c.id in :ids"
                                + " and :me member of c.instructorIds",
                        UUID.class)
                .setParameter("center", centerId)
                .setParameter("ids", cohortIds)
                .setParameter("me", person)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    private static CalendarSession entry(
            CohortSession s, Cohort c, int changes, Map<UUID, CourseRef> courses, Set<UUID> taught) {
        CourseRef course = courses.get(c.courseId);
        boolean cohortCancelled = c.status == CohortStatus.CANCELLED;
        return new CalendarSession(
                s.id,
                c.code,
                course == null ? "" : course.title(),
                course == null ? "" : course.titleEn(),
                s.kind,
                s.startsAt,
                s.endsAt,
                s.location,
                s.cancelledAt != null || cohortCancelled,
                s.cancelReason,
                cohortCancelled && c.updatedAt.isAfter(s.updatedAt) ? c.updatedAt : s.updatedAt,
                changes + (cohortCancelled ? 1 : 0),
                taught.contains(c.id));
    }
}
