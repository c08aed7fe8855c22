package kr.axcampus.coaching.dto;

import java.time.Instant;
import java.util.List;

/**
 * A coaching request with its history, visits and rating (API.md "Coaching"); names beside ids so
 * pages and clients need no second lookup.
 */
public record CoachingView(
        String id,
        String companyId,
        String companyName,
        String requesterId,
        String requesterName,
        String coachId,
        String coachName,
        String suggestedCoachId,
        String title,
        String problem,
        String process,
        String tool,
        String urgency,
        String bottleneckId,
        String bottleneckProcess,
        String status,
        List<String> allowed,
        Instant createdAt,
        Instant firstResponseAt,
        Instant endedAt,
        boolean overdue,
        String summary,
        Rating rating,
        List<Visit> visits,
        List<Change> history) {

    public record Rating(int score, String comment, Instant ratedAt) {}

    public record Visit(
            String id,
            String coachId,
            String coachName,
            Instant startsAt,
            int minutes,
            String mode,
            String participants,
            String notes,
            String nextSteps) {}

    public record Change(
            String action,
            String fromStatus,
            String toStatus,
            String actorId,
            String actorName,
            String detail,
            Instant at) {}
}
