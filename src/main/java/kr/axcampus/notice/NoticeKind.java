package kr.axcampus.notice;

/** What a notice is about (API.md "Calendars and notices"); each may also go by mail, by preference. */
public enum NoticeKind {
    SESSION_REMINDER,
    AT_RISK,
    DELIVERABLE_REVIEWED,
    CORRECTION_DECIDED,
    PRACTICE_LOG_DECIDED,
    COACHING_UPDATED,
    CERTIFICATE_READY
}
