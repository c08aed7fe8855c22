package kr.axcampus.progress;

/** Why a learner has not (yet) completed: each unmet criterion has its code. */
public enum ReasonCode {
    PRACTICUM_SHORT,
    ATTENDANCE_LOW,
    DELIVERABLE_MISSING,
    WITHDRAWN
}
