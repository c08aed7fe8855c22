package kr.axcampus.submission;

/** What an instructor may decide about a submitted version. */
public enum ReviewDecision {
    ACCEPTED,
    CHANGES_REQUESTED
}
