package kr.axcampus.delivery.dto;

import java.math.BigDecimal;
import java.util.List;

import kr.axcampus.progress.dto.Progress;

/**
 * A cohort's training roster for a funder (API.md "Reports and certificates"): per learner the
 * company's particulars, the track, the minutes, the attendance rate and the result. {@code frozen}
 * says whether the numbers are the closed cohort's results or, while it is open, live progress.
 */
public record Roster(
        String cohortId, String cohortCode, String courseCode, String track, boolean frozen, List<Row> rows) {

    /** {@code result}: COMPLETED or NOT_COMPLETED, or IN_PROGRESS while the cohort is open. */
    public record Row(
            String userId,
            String name,
            String companyId,
            String company,
            String businessNumber,
            String region,
            String sizeClass,
            int scheduledMinutes,
            int creditedMinutes,
            int practicumMinutes,
            BigDecimal attendanceRate,
            String result,
            List<Progress.Reason> reasons) {}
}
