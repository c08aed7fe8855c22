package kr.axcampus.access;

/** What of a person's data was read; the access log shows it in words (messages {@code read_kind_*}). */
public enum ReadKind {
    /** Their account: name, email, company, department, roles. */
    PROFILE,
    /** A list of people with their accounts. */
    PEOPLE,
    /** Their account's status history (deactivations and reasons). */
    ACCOUNT_HISTORY,
    /** Who is enrolled in a cohort, with their companies. */
    ENROLMENTS,
    /** A session's attendance records. */
    ATTENDANCE,
    /** The history of one attendance record. */
    RECORD_HISTORY,
    /** Correction requests, with their reasons and evidence. */
    CORRECTIONS,
    /** Hours, attendance rates and completion (pages, API and sheets). */
    PROGRESS,
    /** Practice logs with what was done. */
    PRACTICE_LOGS,
    /** Deliverables and their files. */
    DELIVERABLES,
    /** A file a learner showed as evidence (a photo of a sign-in sheet, a screenshot). */
    EVIDENCE,
    /** The employees a company's training roadmap names, with their progress. */
    ROADMAP,
    /** A coaching request: the problem at work someone asked help with, the visits and the rating. */
    COACHING,
    /** Everything held about them (the PIPA export). */
    EXPORT
}
