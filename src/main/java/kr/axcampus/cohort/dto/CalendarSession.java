package kr.axcampus.cohort.dto;

import java.time.Instant;
import java.util.UUID;

import kr.axcampus.cohort.SessionKind;

/**
 * A session as a calendar shows it: when, where, of which cohort and course, whether it was
 * cancelled (the session, or its whole cohort), and how often it changed ({@code sequence}: its
 * moves and cancellation, so calendar apps replace what they hold).
 */
public record CalendarSession(
        UUID id,
        String cohortCode,
        String courseTitle,
        String courseTitleEn,
        SessionKind kind,
        Instant startsAt,
        Instant endsAt,
        String location,
        boolean cancelled,
        String cancelReason,
        Instant updatedAt,
        int sequence,
        boolean teaching) {}
