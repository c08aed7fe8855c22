package kr.axcampus.practicum;

import java.util.UUID;

/**
 * A practice log was approved or rejected: fired inside the deciding transaction, so whoever tells
 * the learner records it in the same commit as the decision, or not at all.
 */
public record PracticeLogDecided(
        UUID centerId,
        UUID cohortId,
        String cohortCode,
        UUID logId,
        UUID learnerId,
        boolean approved,
        int minutes,
        String reason) {}
