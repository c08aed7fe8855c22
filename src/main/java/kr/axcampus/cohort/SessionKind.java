package kr.axcampus.cohort;

/** What a session is for; only PRACTICUM sessions credit practicum minutes. */
public enum SessionKind {
    LECTURE,
    PRACTICUM,
    INSIGHT,
    COACHING,
    SHOWCASE
}
