package kr.axcampus.progress;

import java.time.Instant;

import jakarta.persistence.Tuple;

import kr.axcampus.common.SqlValues;

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

    static LedgerRow of(Tuple t) {
        return new LedgerRow(
                t.get("user_id", String.class),
                t.get("name", String.class),
                t.get("company_id", String.class),
                t.get("enrollment_status", String.class),
                i(t, "credited"),
                i(t, "credited_held"),
                i(t, "credited_open"),
                i(t, "practicum_sessions"),
                i(t, "practicum_open"),
                i(t, "lates"),
                ((Number) t.get("late_session_minutes")).doubleValue(),
                i(t, "good_days"),
                i(t, "approved_logs"),
                i(t, "pending_logs"),
                i(t, "adjustments"),
                i(t, "scheduled"),
                i(t, "held"),
                i(t, "open_minutes"),
                i(t, "open_practicum"),
                SqlValues.instant(t.get("last_end")),
                i(t, "days"),
                i(t, "open_days"),
                Boolean.TRUE.equals(t.get("deliverable_accepted")));
    }

    private static int i(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
