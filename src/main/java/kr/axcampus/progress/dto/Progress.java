package kr.axcampus.progress.dto;

import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.progress.CompletionStatus;
import kr.axcampus.progress.ReasonCode;

/**
 * API.md "Practicum and progress": the contract's fields, plus who it is and how the
 * practicum total is made up (additive).
 */
@TemplateData
public record Progress(
        String userId,
        String name,
        String companyId,
        String enrollmentStatus,
        int practicumMinutes,
        int requiredPracticumMinutes,
        double attendanceRate,
        double attendanceRateSoFar,
        int creditedMinutes,
        int scheduledMinutes,
        int heldMinutes,
        int missableMinutes,
        boolean atRisk,
        Completion completion,
        Breakdown practicum) {

    @TemplateData
    public record Completion(CompletionStatus status, List<Reason> reasons) {}

    /**
     * An unmet criterion: its code, an English sentence for API clients, and the figures it is
     * about, so pages and sheets say it in the reader's language: practicum minutes had and needed,
     * an attendance rate had and needed (0 to 1), or, where days count, good days had and needed of
     * {@code days}.
     */
    @TemplateData
    public record Reason(ReasonCode code, String message, Number have, Number need, Integer days) {
        public Reason(ReasonCode code, String message) {
            this(code, message, null, null, null);
        }
    }

    /** The ledger's sums: session minutes, approved logs (and the part counted under the cap), adjustments. */
    @TemplateData
    public record Breakdown(
            int sessionMinutes,
            int approvedLogMinutes,
            int countedLogMinutes,
            int adjustmentMinutes,
            int pendingLogs,
            int latePenaltyMinutes) {}

    /** How far the practicum is toward its requirement, 0 to 100, for bars and rings; any minute at all shows. */
    public int practicumPercent() {
        if (requiredPracticumMinutes == 0) {
            return 100;
        }
        return practicumMinutes == 0
                ? 0
                : Math.max(1, Math.min(100, practicumMinutes * 100 / requiredPracticumMinutes));
    }

    public int stillNeededMinutes() {
        return Math.max(0, requiredPracticumMinutes - practicumMinutes);
    }
}
