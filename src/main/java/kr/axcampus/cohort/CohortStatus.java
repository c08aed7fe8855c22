package kr.axcampus.cohort;

/** Where a cohort is in its life. */
public enum CohortStatus {
    PLANNED,
    RUNNING,
    FINISHED,
    CANCELLED
}
