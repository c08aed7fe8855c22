package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Notices' words (the inbox, mail settings, the sent-notices outbox and the notices' own texts), Korean
 * in {@code messages/notice.properties} and English in {@code messages/notice_en.properties}.
 */
@MessageBundle(value = "notice", locale = "ko")
public interface NoticeMsg {
    String nav_inbox();

    String bell_label(int count);

    String inbox_title();

    String inbox_hint();

    String inbox_none();

    String inbox_filter();

    String inbox_unread_only();

    String inbox_all();

    String inbox_show();

    String unread();

    String read_at(String when);

    String open();

    String mark_read();

    String marked_read();

    String kind(String kind);

    String prefs_title();

    String prefs_hint();

    String prefs_save();

    String prefs_saved();

    String outbox_title();

    String outbox_hint();

    String outbox_none();

    String outbox_filter_state();

    String outbox_filter_all();

    String col_when();

    String col_to();

    String col_kind();

    String col_subject();

    String col_state();

    String col_attempts();

    String col_error();

    String col_body();

    String mail_state(String state);

    String defaults_title();

    String defaults_hint();

    String defaults_save();

    String defaults_saved();

    String nav_outbox();

    String mail_link(String url);

    String mail_footer(String url);

    String reminder_title(String course);

    String reminder_soon_title(String course);

    String reminder_body(String cohort, String when, String place);

    String at_risk_self_title(String cohort);

    String at_risk_self_body(String cohort);

    String at_risk_staff_title(String learner, String cohort);

    String at_risk_staff_body(String learner, String cohort);

    String reviewed_title(String cohort, String version);

    String reviewed_body(boolean accepted);

    String correction_title(String cohort);

    String correction_body(String when, boolean accepted, String reason);

    String log_title(String cohort);

    String log_body(String minutes, boolean approved, String reason);

    String coaching_title(String title);

    String coaching_body(String status);

    String coaching_coach_body();

    String certificate_title(String cohort);

    String certificate_body(String serial);

    String by_mail();

    String inbox_only();

    String change_prefs();
}
