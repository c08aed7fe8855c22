package kr.axcampus.cohort;

/** A learner's standing in a cohort; WITHDRAWN keeps every record. */
public enum EnrollmentStatus {
    ENROLLED,
    COMPLETED,
    NOT_COMPLETED,
    WITHDRAWN
}
