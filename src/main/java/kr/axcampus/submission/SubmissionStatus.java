package kr.axcampus.submission;

/** Where a version of a deliverable stands. */
public enum SubmissionStatus {
    SUBMITTED,
    ACCEPTED,
    CHANGES_REQUESTED
}
