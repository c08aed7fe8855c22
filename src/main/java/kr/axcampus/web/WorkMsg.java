package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The workspace's words (the operator's cohort pages, every role's home), Korean in
 * {@code messages/work.properties} and English in {@code messages/work_en.properties}. A bundle
 * of its own: {@link Msg} is near the size Quarkus can generate in one class.
 */
@MessageBundle(value = "work", locale = "ko")
public interface WorkMsg {
    String cohorts_title();

    String nav_cohorts();

    String menu();

    String cohort_status_label();

    String cohort_status(String status);

    String cohort_course();

    String cohort_instructors();

    String action_filter();

    String cohort_code();

    String cohort_code_hint();

    String cohort_period();

    String cohort_headcount();

    String cohorts_none();

    String cohort_new();

    String cohort_edit();

    String choose();

    String cohort_starts();

    String cohort_ends();

    String cohort_capacity();

    String cohort_mode();

    String cohort_no_instructors();

    String cohort_networks();

    String cohort_networks_hint();

    String cohort_seats(long enrolled, int capacity);

    String cohort_withdrawn_count(long count);

    String sessions_title();

    String sessions_count(int count);

    String sessions_generated(int count);

    String sessions_none();

    String session_when();

    String session_kind();

    String session_module();

    String session_location();

    String session_length();

    String session_cancelled();

    String session_change();

    String session_day();

    String session_starts();

    String session_ends();

    String generate_title();

    String generate_hint();

    String generate_first_day();

    String generate_weekdays();

    String weekday(int day);

    String generate_day_starts();

    String generate_minutes_per_day();

    String generate_submit();

    String session_add();

    String session_add_submit();

    String problem(String type);

    String enrol_title();

    String enrol_done(int created, int existing);

    String enrol_none();

    String enrol_status();

    String enrol_since();

    String department();

    String withdraw();

    String withdraw_confirm(String name);

    String withdraw_reason();

    String withdraw_submit();

    String enrol_pick_title();

    String enrol_pick_show();

    String enrol_pick_people();

    String enrol_pick_nobody();

    String enrol_pick_submit();

    String enrol_company_title();

    String enrol_department_hint();

    String enrol_company_submit();

    String enrol_csv_title();

    String enrol_csv_hint();

    String row_error(String code);

    String file_required();

    String session_change_title();

    String session_cancelled_because(String reason);

    String session_change_reason();

    String session_change_reason_hint();

    String session_cancel_title();

    String session_cancel_hint();

    String session_cancel_confirm();

    String session_cancel_reason();

    String session_cancel_submit();

    String history_title();

    String history_none();

    String someone();

    String session_change_kind(String change);

    String flash_cohort_created(String code);

    String flash_cohort_updated(String code);

    String flash_session_added(String when);

    String flash_session_changed(String when);

    String flash_session_cancelled(String when);

    String flash_withdrawn(String name);

    String today_title();

    String today_none();

    String checked_in_at(String time);

    String checked_out_at(String time);

    String not_open_yet();

    String next_session(String when, String code);

    String todo_title();

    String todo_sent_back(String code, int version);

    String todo_correction(String status);

    String my_progress_title();

    String ring_label(String done, String needed);

    String practicum_line(String done, String needed);

    String attendance_line(String rate);

    String no_schedule_yet();

    String today_sessions_title();

    String today_sessions_none();

    String desk_title();

    String desk_corrections();

    String desk_logs();

    String desk_reviews();

    String desk_none();

    String manage();

    String flash_checked_in(String when, String time, String status);

    String checkout_early_confirm(String end);

    String missable_none();

    String ceo_in_training();

    String ceo_practicum_delivered();

    String not_started();

    String roll_session();

    String roll_show();

    String all_present();

    String all_present_confirm();

    String flash_all_present(String when, int count);

    String evidence_label();

    String evidence_hint();

    String evidence_link();

    String evidence_log_hint();

    String record_change(String kind);

    String import_rows_rejected(int count);

    String field_name(String field);

    String error_explain(int status);

    String live_not_yet(String opens);

    String live_over();

    String ceo_see_employees();
}
