package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages. Korean defaults in {@code messages/msg.properties},
 * English in {@code messages/msg_en.properties}; templates use {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "ko")
public interface Msg {
    String app_name();

    String nav_home();

    String nav_companies();

    String nav_users();

    String nav_signout();

    String lang_switch();

    String signin_title();

    String signin_email();

    String signin_password();

    String signin_submit();

    String signin_failed();

    String signin_deactivated();

    String user_status_title();

    String user_status_active();

    String user_status_inactive();

    String user_status_reason();

    String user_deactivate();

    String user_reactivate();

    String user_status_change(String change);

    String flash_user_deactivated(String name);

    String flash_user_reactivated(String name);

    String signin_throttled(String seconds);

    String home_title(String name);

    String role(String role);

    String role_admin();

    String role_instructor();

    String role_ceo();

    String role_learner();

    String size(String sizeClass);

    String company_list_title();

    String company_new();

    String company_edit();

    String company_name();

    String company_business_number();

    String company_business_number_hint();

    String company_size_class();

    String company_industry();

    String company_region();

    String company_agreement_starts();

    String company_agreement_ends();

    String company_none();

    String user_list_title();

    String user_new();

    String user_edit();

    String user_email();

    String user_name();

    String user_roles();

    String user_company();

    String user_no_company();

    String user_department();

    String user_job_title();

    String user_password();

    String user_none();

    String import_title();

    String import_hint();

    String import_file();

    String import_submit();

    String import_done(int count);

    String import_rejected();

    String import_line();

    String import_field();

    String import_message();

    String action_create();

    String action_save();

    String action_edit();

    String action_cancel();

    String form_errors();

    String flash_company_created(String name);

    String flash_company_updated(String name);

    String flash_user_created(String name);

    String flash_user_updated(String name);

    String pager_total(long total);

    String pager_prev();

    String pager_next();

    String error_title();

    String error_403();

    String error_404();

    String error_back();

    /** A form posted without its CSRF token, or with a stale one. */
    String error_form_expired_title();

    String error_form_expired();

    /** The database (or another service the page needs) cannot be reached just now. */
    String error_unavailable_title();

    String error_unavailable();

    String field_error(String code);

    String nav_catalog();

    String nav_catalog_import();

    String duration(int h, int m);

    String track(String track);

    String module_kind(String kind);

    String lesson_kind(String kind);

    String mode(String mode);

    String catalog_title();

    String catalog_intro();

    String catalog_filter_track();

    String catalog_filter_tag();

    String catalog_filter_all();

    String catalog_filter_apply();

    String catalog_none();

    String course_hours();

    String course_practicum();

    String course_practicum_required(String hours);

    String course_audience();

    String course_outcomes();

    String course_outline();

    String course_cohorts();

    String course_cohorts_none();

    String course_cohort_seats(long enrolled, int capacity);

    String course_prerequisites();

    String course_archived();

    String course_not_enrolled();

    String course_progress();

    String course_progress_detail(int done, int total, int percent);

    String course_continue();

    String course_start();

    String course_completed_all();

    String lesson_minutes(String minutes);

    String lesson_done();

    String lesson_is_done();

    String lesson_previous();

    String lesson_next();

    String lesson_outline();

    String lesson_done_mark();

    String lesson_not_done_mark();

    String flash_lesson_done(int percent);

    String home_continue_title();

    String home_continue_body(String course, String lesson);

    String home_my_courses();

    String home_no_courses();

    String import_page_title();

    String import_page_intro();

    String import_reload();

    String import_last();

    String import_none();

    String import_outcome(String outcome);

    String import_trigger(String trigger);

    String import_counts(int added, int changed, int unchanged, int archived);

    String import_problems();

    String import_problem_file();

    String import_problem_message();

    String flash_catalog_applied(int added, int changed, int unchanged, int archived);

    String flash_catalog_invalid(int count);

    String nav_my_cohorts();

    String status(String status);

    String completion(String status);

    String session_kind(String kind);

    String checkin_title();

    String checkin_code();

    String checkin_submit();

    String checkout_submit();

    String checkout_done(String minutes);

    String checkin_problem(String type);

    String live_title();

    String live_count(int present, int enrolled);

    String live_hint();

    String live_close();

    String progress_title();

    String progress_practicum();

    String progress_practicum_value(String done, String needed);

    String progress_still_needed(String minutes);

    String progress_attendance_so_far();

    String progress_attendance_overall();

    String progress_missable(String minutes);

    String progress_at_risk();

    String progress_sessions();

    String progress_status();

    String cohort_title(String code);

    String cohort_sessions();

    String cohort_roster();

    String cohort_live();

    String cohort_export_csv();

    String cohort_export_xlsx();

    String cohort_learner();

    String cohort_totals();

    String cohort_filter_at_risk();

    String home_cohorts_none();

    String at_risk_badge();

    String edit_title();

    String edit_status();

    String edit_check_in();

    String edit_check_out();

    String edit_reason();

    String edit_save();

    String edit_history();

    String edit_saved(String name);

    String edit_times_hint();

    String cohort_filter_company();

    String cohort_filter_all();

    String ceo_title();

    String ceo_none();

    String ceo_employee();

    String ceo_cohort();

    String log_title();

    String log_minutes();

    String log_date();

    String log_description();

    String log_submit();

    String log_none();

    String log_status(String status);

    String log_cap_hint(String cap);

    String log_submitted();

    String log_pending_title();

    String log_approve();

    String log_reject();

    String log_reject_reason();

    String log_decided();

    String correction_title();

    String correction_link();

    String correction_requested_status();

    String correction_reason();

    String correction_submit();

    String correction_sent();

    String correction_pending_title();

    String correction_accept();

    String correction_reject();

    String correction_decided();

    String correction_deadline();

    // Materials and deliverables

    String materials_course_title();

    String materials_module_title();

    String materials_cohort_title();

    String materials_none();

    String materials_drop();

    String materials_upload();

    String materials_uploading();

    String materials_failed();

    String materials_delete();

    String materials_delete_confirm();

    String submission_title();

    String submission_intro();

    String submission_required();

    String submission_note();

    String submission_none();

    String submission_link();

    String review_title();

    String review_intro();

    String review_none();

    String review_accept();

    String review_request_changes();

    String review_comment();

    String review_saved();

    String nav_reviews();

    String submission_version(int version);

    String submission_status(String status);

    String submission_reviewed_by(String name);

    String review_comment_required();

    // The access log of personal data (privacy)

    String privacy_reads_title();

    String privacy_reads_hint();

    String privacy_subject();

    String privacy_actor();

    String privacy_from();

    String privacy_to();

    String privacy_search();

    String privacy_at();

    String privacy_reader();

    String privacy_kind();

    String privacy_subjects();

    String privacy_more(int count);

    String privacy_none();

    String nav_privacy();

    String read_kind(String kind);

    String privacy_erase_title();

    String privacy_erase_removed_title();

    String privacy_erase_removed_account();

    String privacy_erase_removed_lessons();

    String privacy_erase_removed_deliverables();

    String privacy_erase_kept_title();

    String privacy_erase_kept();

    String privacy_export();

    String privacy_export_hint();

    String privacy_erase_reason();

    String privacy_erase_submit();

    String privacy_erase_refused(String type);

    String flash_person_erased(String name);

    String user_privacy_title();

    String user_privacy_erase();
}
