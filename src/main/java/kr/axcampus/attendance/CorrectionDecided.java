package kr.axcampus.attendance;

import java.time.Instant;
import java.util.UUID;

import kr.axcampus.cohort.SessionContext;

/**
 * A correction request was accepted or rejected: fired inside the deciding transaction, so whoever
 * tells the learner records it in the same commit as the decision, or not at all.
 */
public record CorrectionDecided(
        UUID centerId,
        UUID cohortId,
        String cohortCode,
        UUID requestId,
        UUID learnerId,
        Instant sessionStartsAt,
        boolean accepted,
        String reason) {

    static CorrectionDecided of(SessionContext session, CorrectionRequest request) {
        return new CorrectionDecided(
                session.centerId(),
                session.cohortId(),
                session.cohortCode(),
                request.id,
                request.userId,
                session.startsAt(),
                request.status == CorrectionRequest.Status.ACCEPTED,
                request.decisionReason);
    }
}
