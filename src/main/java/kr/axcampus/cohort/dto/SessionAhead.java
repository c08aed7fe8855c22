package kr.axcampus.cohort.dto;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A session about to take place, with who takes part (the cohort's instructors and its learners
 * who have not withdrawn): what a reminder needs.
 */
public record SessionAhead(
        UUID sessionId,
        UUID cohortId,
        UUID centerId,
        String cohortCode,
        String courseTitle,
        String courseTitleEn,
        Instant startsAt,
        Instant endsAt,
        String location,
        boolean online,
        Set<UUID> instructorIds,
        List<UUID> learnerIds) {}
