package kr.axcampus.web;

import java.math.BigDecimal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Stage 1's words (diagnosis, bottlenecks, roadmap), Korean in {@code messages/diag.properties} and
 * English in {@code messages/diag_en.properties}.
 */
@MessageBundle(value = "diag", locale = "ko")
public interface DiagMsg {
    String nav_diagnoses();

    String diagnoses_title();

    String diagnoses_none();

    String admin_title();

    String admin_hint();

    String col_company();

    String col_status();

    String col_expert();

    String col_visited();

    String col_overall();

    String col_stage();

    String col_industry();

    String industry_from_text();

    String industry_text_hint();

    String status(String status);

    String not_diagnosed();

    String assign_title();

    String assign_company();

    String assign_expert();

    String assign_visited();

    String assign_submit();

    String report_title(String company);

    String visited(String day);

    String expert(String name);

    String participants_value(String people);

    String overall_value(BigDecimal overall);

    String no_answers();

    String open_form();

    String self_open();

    String pdf();

    String report_file(String company, String day);

    String radar_title();

    String scores_title();

    String legend_expert();

    String legend_self();

    String legend_previous();

    String legend_peers(int companies);

    String col_dimension();

    String col_self();

    String col_previous(String day);

    String col_peers(int companies);

    String overall();

    String notes_title();

    String bottlenecks_title();

    String bottlenecks_none();

    String matrix_label();

    String axis_impact();

    String axis_feasibility();

    String quadrant(String key);

    String quadrant_empty();

    String col_process();

    String col_pain();

    String col_hours();

    String col_people();

    String col_tag();

    String col_impact();

    String col_feasibility();

    String col_priority();

    String hours_value(BigDecimal hours);

    String people_value(int people);

    String roadmap_title();

    String roadmap_none();

    String col_bottleneck();

    String col_course();

    String col_who();

    String col_quarter();

    String col_cohort();

    String col_progress();

    String role_value(String role);

    String no_cohort();

    String progress_value(int enrolled, int completed, String practicum);

    String enroll_submit();

    String enroll_confirm(int people);

    String history_title();

    String files_title();

    String action(String action);

    String form_title(String company);

    String answered(int answered, int questions);

    String saving();

    String saved();

    String save_failed();

    String participants();

    String participants_hint();

    String note_label(String dimension);

    String save();

    String level(int score);

    String add_bottleneck();

    String field_process();

    String field_process_hint();

    String field_pain();

    String field_hours();

    String field_people();

    String field_tag();

    String field_impact();

    String field_feasibility();

    String add_item();

    String field_bottleneck();

    String field_course();

    String suggested();

    String other_courses();

    String field_people_pick();

    String field_role();

    String field_role_hint();

    String field_quarter();

    String field_quarter_hint();

    String field_cohort();

    String choose();

    String submit_title();

    String submit_hint();

    String submit_button();

    String submit_confirm();

    String signoff_title();

    String signoff_hint();

    String signoff_button();

    String signoff_confirm();

    String self_title(String company);

    String self_hint();

    String back_to_report();

    String problem(String type);

    String flash_saved();

    String flash_self_saved();

    String flash_bottleneck_added();

    String flash_item_added();

    String flash_submitted();

    String flash_signed_off();

    String flash_assigned(String company);

    String flash_enrolled(int enrolled, int already, int full, int ineligible);

    String home_card_title();

    String home_card_open(String status);

    String home_card_none();
}
