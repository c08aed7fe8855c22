package kr.axcampus.coaching;

import java.util.UUID;

/**
 * A coaching request moved (assigned, scheduled by a first visit, resolved or closed): fired inside
 * the changing transaction, with the change's own id so that each change is told once.
 */
public record CoachingChanged(
        UUID centerId,
        UUID requestId,
        UUID changeId,
        String title,
        UUID requesterId,
        UUID coachId,
        CoachingStatus status) {}
