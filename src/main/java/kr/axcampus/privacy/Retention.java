package kr.axcampus.privacy;

/** What the centre keeps of a person after erasure, and why: said in the export and docs/privacy.md. */
final class Retention {
    static final String RULE = "On erasure the account is pseudonymised (name, email, department and job title "
            + "replaced, sign-in impossible), online lesson progress is deleted and the deliverables the person uploaded "
            + "are deleted from storage. Attendance records and their history, correction requests, practice logs and "
            + "hours, enrolments and completion are kept under the pseudonym, with the company, as the evidence of "
            + "delivery the funding agency may audit, for the retention period of the programme's funding agreement.";

    private Retention() {}
}
