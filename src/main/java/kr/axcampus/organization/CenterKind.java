package kr.axcampus.organization;

/** What kind of institution operates the training centre. */
public enum CenterKind {
    UNIVERSITY,
    LARGE_ENTERPRISE,
    EMPLOYER_ASSOCIATION,
    OTHER
}
