package kr.axcampus.cohort;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import kr.axcampus.access.CohortAudience;

/**
 * A cohort's scope read in one statement — the row, its instructors and the caller's right to see
 * it — without loading the entity: the check every read of a cohort's data starts with (a
 * learner's progress is read most of all).
 */
@ApplicationScoped
class CohortScopes {
    private static final String SCOPE = """
            SELECT c.id, c.center_id, c.course_id, c.code, c.start_date, c.end_date,
                   (SELECT string_agg(CAST(i.user_id AS varchar), ',') FROM cohort_instructor i
                    WHERE i.cohort_id = c.id) AS instructors
            FROM cohort c
            WHERE c.id = :id AND c.center_id = :center AND (%s)""";

    private final EntityManager em;

    CohortScopes(EntityManager em) {
        this.em = em;
    }

    /** The cohort if the audience may see it: the same rule as {@link CohortService}'s HQL, in SQL. */
    Optional<CohortScope> visible(CohortAudience audience, UUID id) {
        Query query = em.createNativeQuery(SCOPE.formatted(condition(audience)), Object[].class)
                .setParameter("id", id)
                .setParameter("center", audience.centerId());
        if (!audience.wholeCentre()) {
            query.setParameter("me", audience.member());
            if (audience.employer() != null) {
                query.setParameter("company", audience.employer());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(CohortScopes::scope);
    }

    private static String condition(CohortAudience audience) {
        if (audience.wholeCentre()) {
            return "true";
        }
        String condition = "EXISTS (SELECT 1 FROM cohort_instructor i WHERE i.cohort_id = c.id AND i.user_id = :me)"
                + " OR EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.user_id = :me)";
        if (audience.employer() != null) {
            condition += " OR EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.company_id = :company)";
        }
        return condition;
    }

    private static CohortScope scope(Object[] row) {
        String instructors = (String) row[6];
        Set<UUID> ids = instructors == null
                ? Set.of()
                : Arrays.stream(instructors.split(",")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
        return new CohortScope(
                (UUID) row[0],
                (UUID) row[1],
                (UUID) row[2],
                (String) row[3],
                ids,
                localDate(row[4]),
                localDate(row[5]));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
