package kr.axcampus.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.CohortAudience;
import kr.axcampus.common.DirectSql;

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
    private static final String VISIBLE = "SELECT c.id FROM cohort c WHERE c.center_id = :center AND (%s)";

    private final DirectSql sql;

    CohortScopes(DirectSql sql) {
        this.sql = sql;
    }

    /** The cohort if the audience may see it. */
    Optional<CohortScope> visible(CohortAudience audience, UUID id) {
        Map<String, Object> parameters = parameters(audience);
        parameters.put("id", id);
        return sql.list(SCOPE.formatted(condition(audience)), parameters, CohortScopes::scope).stream()
                .findFirst();
    }

    /** The ids of the centre's cohorts an audience narrower than the whole centre may see. */
    List<UUID> visibleIds(CohortAudience audience) {
        return sql.list(
                VISIBLE.formatted(condition(audience)), parameters(audience), row -> row.getObject("id", UUID.class));
    }

    private static Map<String, Object> parameters(CohortAudience audience) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("center", audience.centerId());
        if (!audience.wholeCentre()) {
            parameters.put("me", audience.member());
            if (audience.employer() != null) {
                parameters.put("company", audience.employer());
            }
        }
        return parameters;
    }

    /** Who sees a cohort, the one place the rule is written: the access class decides, the query follows. */
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

    private static CohortScope scope(ResultSet row) throws SQLException {
        String instructors = row.getString("instructors");
        Set<UUID> ids = instructors == null
                ? Set.of()
                : Arrays.stream(instructors.split(",")).map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
        return new CohortScope(
                row.getObject("id", UUID.class),
                row.getObject("center_id", UUID.class),
                row.getObject("course_id", UUID.class),
                row.getString("code"),
                ids,
                row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class));
    }
}
