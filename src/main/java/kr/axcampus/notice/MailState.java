package kr.axcampus.notice;

/** Where a notice's mail copy is. */
public enum MailState {
    /** The recipient does not take this kind by mail. */
    NONE,
    PENDING,
    /** Claimed by one sender, which is sending it now. */
    SENDING,
    SENT,
    /** Kept in the local outbox (the embedded default has no mail server). */
    CAPTURED,
    /** Refused by the mail server or given up after the last attempt; the reason is kept. */
    FAILED
}
