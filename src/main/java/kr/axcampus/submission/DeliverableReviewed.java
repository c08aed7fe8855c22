package kr.axcampus.submission;

import java.util.UUID;

/**
 * A deliverable's version was reviewed: fired inside the reviewing transaction, so whoever tells
 * the learner records it in the same commit as the review, or not at all.
 */
public record DeliverableReviewed(
        UUID centerId,
        UUID cohortId,
        String cohortCode,
        UUID versionId,
        UUID learnerId,
        int version,
        ReviewDecision decision) {}
