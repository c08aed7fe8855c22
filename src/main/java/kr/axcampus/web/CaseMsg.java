package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Stage 3's words (best-practice cases, the public showcase), Korean in
 * {@code messages/cases.properties} and English in {@code messages/cases_en.properties}.
 */
@MessageBundle(value = "cases", locale = "ko")
public interface CaseMsg {
    String nav_cases();

    String nav_showcase();

    String showcase_title();

    String showcase_lead();

    String showcase_none();

    String filter_industry();

    String filter_region();

    String filter_tag();

    String filter_any();

    String filter_apply();

    String summary_title();

    String summary_none();

    String col_figure();

    String col_unit();

    String col_before();

    String col_after();

    String col_change();

    String col_cases();

    String col_period();

    String col_title();

    String col_company();

    String col_status();

    String col_consent();

    String col_updated();

    String problem();

    String approach();

    String tools();

    String tags();

    String figures();

    String author(String name);

    String published_on(String day);

    String share_link();

    String back_to_showcase();

    String not_found_title();

    String not_found();

    String cases_title();

    String cases_none();

    String new_case();

    String edit_title();

    String new_title();

    String field_company();

    String field_title();

    String field_problem();

    String field_approach();

    String field_tools();

    String field_tags();

    String figure_row(int number);

    String figure_kind();

    String figure_none();

    String figure_unit();

    String figure_before();

    String figure_after();

    String figure_months();

    String figures_hint();

    String save();

    String create();

    String submit();

    String consent();

    String consent_show_names();

    String withdraw_consent();

    String publish();

    String unpublish();

    String consent_given(String name, String at);

    String consent_none();

    String consent_names_shown();

    String consent_names_hidden();

    String history();

    String locked();

    String status(String status);

    String figure(String name);

    String action(String action);

    String period(int years, int months, int days);

    String consented_yes();

    String consented_no();

    String flash_created();

    String flash_saved();

    String flash_submitted();

    String flash_consented();

    String flash_withdrawn();

    String flash_published();

    String flash_unpublished();

    String problem_type(String type);

    String field_error(String code);

    String evidence_title();
}
