package kr.axcampus.cohort;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.SqlValues;

/**
 * The session a self check-in names, as the check-in storm's hot path needs it: one query for
 * the session, its cohort's allow-list and whether the caller is enrolled. In the caller's centre,
 * whatever their enrolment: API.md answers a learner who is not enrolled 403 {@code not-enrolled}.
 */
@ApplicationScoped
public class CheckInTargets {
    private final EntityManager em;

    public CheckInTargets(EntityManager em) {
        this.em = em;
    }

    /** What a self check-in needs, in one query: the session, its cohort's allow-list, the caller's enrolment. */
    public CheckInTarget find(Caller caller, String sessionId) {
        UUID id = Ids.parse(sessionId).orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        List<?> rows = em.createNativeQuery("""
                SELECT s.starts_at, s.ends_at, s.secret, c.code, c.allowed_networks,
                       EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.user_id = ?3
                               AND e.status <> 'WITHDRAWN') AS enrolled,
                       s.cancelled_at IS NOT NULL AS cancelled
                FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id
                WHERE s.id = ?1 AND c.center_id = ?2""", Tuple.class)
                .setParameter(1, id)
                .setParameter(2, caller.centerId())
                .setParameter(3, caller.id())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("session " + sessionId);
        }
        Tuple row = (Tuple) rows.get(0);
        Object networks = row.get(4);
        List<String> allowed = networks instanceof String[] array
                ? List.of(array)
                : networks instanceof Array sql ? arrayOf(sql) : List.of();
        return new CheckInTarget(
                id,
                SqlValues.instant(row.get(0)),
                SqlValues.instant(row.get(1)),
                (byte[]) row.get(2),
                (String) row.get(3),
                allowed,
                Boolean.TRUE.equals(row.get(5)),
                Boolean.TRUE.equals(row.get(6)));
    }

    private static List<String> arrayOf(Array array) {
        try {
            return List.of((String[]) array.getArray());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
