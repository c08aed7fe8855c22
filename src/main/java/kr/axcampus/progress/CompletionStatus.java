package kr.axcampus.progress;

/** Where a learner stands (API.md "Practicum and progress"). */
public enum CompletionStatus {
    /** Not every criterion is met yet and the cohort has not ended. */
    IN_PROGRESS,
    /** Every criterion is met. */
    COMPLETED,
    /** The cohort's last session has ended (or the learner withdrew) without every criterion met. */
    NOT_COMPLETED
}
