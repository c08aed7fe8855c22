package kr.axcampus.coaching.dto;

import java.time.Instant;

/** One request in a list: enough for a queue or the operator's board. */
public record CoachingSummary(
        String id,
        String title,
        String companyId,
        String companyName,
        String requesterId,
        String requesterName,
        String coachId,
        String coachName,
        String urgency,
        String status,
        Instant createdAt,
        Instant firstResponseAt,
        Instant endedAt,
        boolean overdue,
        Integer rating) {}
