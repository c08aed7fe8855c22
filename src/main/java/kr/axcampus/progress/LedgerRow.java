package kr.axcampus.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One learner's sums from the progress aggregate, and the cohort's totals. */
record LedgerRow(
        String userId,
        String name,
        String companyId,
        String enrollmentStatus,
        int credited,
        int creditedHeld,
        int creditedOpen,
        int practicumSessions,
        int practicumOpen,
        int lates,
        double lateSessionMinutes,
        int goodDays,
        int approvedLogs,
        int pendingLogs,
        int adjustments,
        int scheduled,
        int held,
        int openMinutes,
        int openPracticum,
        Instant lastEnd,
        int days,
        int openDays,
        boolean deliverableAccepted) {

    /** The aggregate's current row (read with the driver: sums arrive as long or numeric, null as 0). */
    static LedgerRow of(ResultSet row) throws SQLException {
        OffsetDateTime lastEnd = row.getObject("last_end", OffsetDateTime.class);
        return new LedgerRow(
                row.getString("user_id"),
                row.getString("name"),
                row.getString("company_id"),
                row.getString("enrollment_status"),
                row.getInt("credited"),
                row.getInt("credited_held"),
                row.getInt("credited_open"),
                row.getInt("practicum_sessions"),
                row.getInt("practicum_open"),
                row.getInt("lates"),
                row.getDouble("late_session_minutes"),
                row.getInt("good_days"),
                row.getInt("approved_logs"),
                row.getInt("pending_logs"),
                row.getInt("adjustments"),
                row.getInt("scheduled"),
                row.getInt("held"),
                row.getInt("open_minutes"),
                row.getInt("open_practicum"),
                lastEnd == null ? null : lastEnd.toInstant(),
                row.getInt("days"),
                row.getInt("open_days"),
                row.getBoolean("deliverable_accepted"));
    }
}
