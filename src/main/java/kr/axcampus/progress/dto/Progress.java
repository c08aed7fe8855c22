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

    @TemplateData
    public record Reason(ReasonCode code, String message) {}

    /** The ledger's sums: session minutes, approved logs (and the part counted under the cap), adjustments. */
    @TemplateData
    public record Breakdown(
            int sessionMinutes,
            int approvedLogMinutes,
            int countedLogMinutes,
            int adjustmentMinutes,
            int pendingLogs,
            int latePenaltyMinutes) {}

    public int practicumPercent() {
        return requiredPracticumMinutes == 0
                ? 100
                : (int) Math.min(100, Math.floor(100.0 * practicumMinutes / requiredPracticumMinutes));
    }

    public int stillNeededMinutes() {
        return Math.max(0, requiredPracticumMinutes - practicumMinutes);
    }
}
