package kr.axcampus.coaching;

/** Where a coaching visit took place. */
public enum VisitMode {
    ON_SITE,
    ONLINE
}
