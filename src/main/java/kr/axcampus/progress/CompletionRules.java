package kr.axcampus.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.progress.dto.Progress;

/**
 * DESIGN.md §4 applied to one learner's ledger sums: practicum (sessions + approved logs
 * up to the cap + adjustments), attendance rates, what may still be missed, at risk, and
 * completion with its reasons. Arithmetic only — the sums come from the database.
 */
final class CompletionRules {
    private final CompletionPolicy policy;
    private final boolean threeLates;
    private final boolean dailyHalf;
    private final Instant now;
    private final int dailyHalfMinMinutes;

    /** The course's policy as the catalogue resolves it; a switch it leaves open follows the centre. */
    CompletionRules(CompletionPolicy policy, CompletionSettings centre, Instant now) {
        this.policy = policy;
        this.threeLates =
                policy.threeLatesOneAbsence() != null ? policy.threeLatesOneAbsence() : centre.threeLatesOneAbsence();
        this.dailyHalf = policy.dailyHalfRule() != null ? policy.dailyHalfRule() : centre.dailyHalfRule();
        this.dailyHalfMinMinutes = centre.dailyHalfRuleMinMinutes();
        this.now = now;
    }

    Progress progressOf(LedgerRow row) {
        int required = policy.requiredPracticumMinutes();
        int countedLogs = Math.min(row.approvedLogs(), policy.practiceLogCapMinutes());
        int practicum = Math.max(0, row.practicumSessions() + countedLogs + row.adjustments());
        int penalty = threeLates ? (int) Math.round(row.lates() / 3 * row.lateSessionMinutes()) : 0;
        int credited = Math.max(0, row.credited() - penalty);
        int creditedHeld = Math.max(0, row.creditedHeld() - penalty);
        double rate = row.scheduled() == 0 ? 0 : (double) credited / row.scheduled();
        double rateSoFar = row.held() == 0 ? 0 : Math.min(1, (double) creditedHeld / row.held());

        int neededAttendance = (int) Math.ceil(policy.attendanceRate() * row.scheduled() - 1e-9);
        int maxCredited = credited - row.creditedOpen() + row.openMinutes();
        int maxPracticum = practicum - row.practicumOpen() + row.openPracticum();
        boolean byDays = dailyHalf && row.scheduled() >= dailyHalfMinMinutes && row.days() > 0;
        int neededDays = (int) Math.ceil(policy.attendanceRate() * row.days() - 1e-9);

        boolean practicumMet = practicum >= required;
        boolean attendanceMet =
                byDays ? row.goodDays() >= neededDays : row.scheduled() > 0 && credited >= neededAttendance;
        boolean withdrawn = "WITHDRAWN".equals(row.enrollmentStatus());
        boolean ended = row.lastEnd() != null && !row.lastEnd().isAfter(now);
        boolean reachable = maxPracticum >= required
                && (byDays ? row.goodDays() + row.openDays() >= neededDays : maxCredited >= neededAttendance);

        List<Progress.Reason> reasons = new ArrayList<>();
        if (!practicumMet) {
            reasons.add(new Progress.Reason(
                    ReasonCode.PRACTICUM_SHORT,
                    "practicum " + hm(practicum) + " of " + hm(required),
                    practicum,
                    required,
                    null));
        }
        if (!attendanceMet) {
            reasons.add(
                    byDays
                            ? new Progress.Reason(
                                    ReasonCode.ATTENDANCE_LOW,
                                    "attended days " + row.goodDays() + " of " + neededDays + " needed (" + row.days()
                                            + " days)",
                                    row.goodDays(),
                                    neededDays,
                                    row.days())
                            : new Progress.Reason(
                                    ReasonCode.ATTENDANCE_LOW,
                                    "attendance " + percent(rate) + " of " + percent(policy.attendanceRate()),
                                    rate,
                                    policy.attendanceRate(),
                                    null));
        }
        boolean deliverableMet = !policy.deliverableRequired() || row.deliverableAccepted();
        if (!deliverableMet) {
            reasons.add(new Progress.Reason(ReasonCode.DELIVERABLE_MISSING, "no project deliverable accepted yet"));
        }
        if (withdrawn) {
            reasons.add(new Progress.Reason(ReasonCode.WITHDRAWN, "withdrawn from the cohort"));
        }
        CompletionStatus status;
        if (practicumMet && attendanceMet && deliverableMet && !withdrawn) {
            status = CompletionStatus.COMPLETED;
            reasons.clear();
        } else if (ended || withdrawn) {
            status = CompletionStatus.NOT_COMPLETED;
        } else {
            status = CompletionStatus.IN_PROGRESS;
        }
        // Before anything has been held nobody is behind: a cohort that has not started flags no one.
        boolean atRisk = status == CompletionStatus.IN_PROGRESS && !reachable && row.held() > 0;
        int missable = 0;
        if (!atRisk && status != CompletionStatus.NOT_COMPLETED) {
            int attendanceSlack = byDays ? Integer.MAX_VALUE : maxCredited - neededAttendance;
            int practicumSlack = required == 0 ? Integer.MAX_VALUE : maxPracticum - required;
            missable = Math.max(0, Math.min(row.openMinutes(), Math.min(attendanceSlack, practicumSlack)));
        }
        return new Progress(
                row.userId(),
                row.name(),
                row.companyId(),
                row.enrollmentStatus(),
                practicum,
                required,
                round(rate),
                round(rateSoFar),
                credited,
                row.scheduled(),
                row.held(),
                missable,
                atRisk,
                new Progress.Completion(status, List.copyOf(reasons)),
                new Progress.Breakdown(
                        row.practicumSessions(),
                        row.approvedLogs(),
                        countedLogs,
                        row.adjustments(),
                        row.pendingLogs(),
                        penalty));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    static String hm(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return m == 0 ? h + " h" : h == 0 ? m + " min" : h + " h " + m + " min";
    }

    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f %%", rate * 100).replace(".0 %", " %");
    }
}
