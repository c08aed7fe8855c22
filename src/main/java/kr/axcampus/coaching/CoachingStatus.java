package kr.axcampus.coaching;

import java.util.List;

/** A coaching request is assigned to a coach, scheduled by a first visit, and ends resolved or not. */
public enum CoachingStatus {
    NEW,
    ASSIGNED,
    SCHEDULED,
    RESOLVED,
    CLOSED_UNRESOLVED;

    /** The states this one may move to (re-assigning keeps ASSIGNED or SCHEDULED). */
    public List<CoachingStatus> next() {
        return switch (this) {
            case NEW -> List.of(ASSIGNED, CLOSED_UNRESOLVED);
            case ASSIGNED -> List.of(ASSIGNED, SCHEDULED, RESOLVED, CLOSED_UNRESOLVED);
            case SCHEDULED -> List.of(SCHEDULED, RESOLVED, CLOSED_UNRESOLVED);
            case RESOLVED, CLOSED_UNRESOLVED -> List.of();
        };
    }

    public boolean ended() {
        return this == RESOLVED || this == CLOSED_UNRESOLVED;
    }
}
