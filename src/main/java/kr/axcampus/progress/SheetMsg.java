package kr.axcampus.progress;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The attendance sheet's words and the completion reasons, Korean in {@code messages/sheet.properties}
 * and English in {@code messages/sheet_en.properties}: the sheets and reasons speak the reader's
 * language, as the pages do.
 */
@MessageBundle(value = "sheet", locale = "ko")
public interface SheetMsg {

    String sheet_title();

    String sheet_name();

    String sheet_company();

    String sheet_enrollment();

    String sheet_credited_minutes();

    String sheet_scheduled_minutes();

    String sheet_attendance_rate();

    String sheet_practicum_minutes();

    String sheet_required_minutes();

    String sheet_at_risk();

    String sheet_completion();

    String sheet_reasons();

    String answer_yes();

    String answer_no();

    String enrollment_status(String status);

    String reason_practicum_short(String have, String need);

    String reason_attendance_low(String have, String need);

    String reason_attendance_days(int have, int need, int days);

    String reason_deliverable_missing();

    String reason_withdrawn();
}
