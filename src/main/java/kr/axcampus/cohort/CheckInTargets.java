package kr.axcampus.cohort;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.Caller;
import kr.axcampus.common.DirectSql;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;

/**
 * The session a self check-in names, as the check-in storm's hot path needs it: one query for
 * the session, its cohort's allow-list and whether the caller is enrolled. In the caller's centre,
 * whatever their enrolment: API.md answers a learner who is not enrolled 403 {@code not-enrolled}.
 */
@ApplicationScoped
public class CheckInTargets {
    private final DirectSql sql;

    public CheckInTargets(DirectSql sql) {
        this.sql = sql;
    }

    /** What a self check-in needs, in one query: the session, its cohort's allow-list, the caller's enrolment. */
    public CheckInTarget find(Caller caller, String sessionId) {
        UUID id = Ids.parse(sessionId).orElseThrow(() -> ProblemException.notFound("session " + sessionId));
        return sql
                .list("""
                        SELECT s.starts_at, s.ends_at, s.secret, c.code, c.allowed_networks,
                               EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.user_id = :me
                                       AND e.status <> 'WITHDRAWN') AS enrolled,
                               s.cancelled_at IS NOT NULL AS cancelled
                        FROM cohort_session s JOIN cohort c ON c.id = s.cohort_id
                        WHERE s.id = :id AND c.center_id = :center""", Map.of("id", id, "center", caller.centerId(), "me", caller.id()), row -> target(id, row))
                .stream()
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("session " + sessionId));
    }

    private static CheckInTarget target(UUID id, ResultSet row) throws SQLException {
        Array networks = row.getArray("allowed_networks");
        List<String> allowed = networks == null ? List.of() : List.of((String[]) networks.getArray());
        return new CheckInTarget(
                id,
                row.getObject("starts_at", OffsetDateTime.class).toInstant(),
                row.getObject("ends_at", OffsetDateTime.class).toInstant(),
                row.getBytes("secret"),
                row.getString("code"),
                allowed,
                row.getBoolean("enrolled"),
                row.getBoolean("cancelled"));
    }
}
