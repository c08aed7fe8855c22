package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Proof of delivery's words (closing cohorts, results, certificates, verification), Korean in
 * {@code messages/proof.properties} and English in {@code messages/proof_en.properties}.
 */
@MessageBundle(value = "proof", locale = "ko")
public interface ProofMsg {
    String cert_title();

    String cert_lead();

    String cert_name();

    String cert_course();

    String cert_track();

    String cert_period();

    String cert_period_value(String from, String to);

    String cert_hours();

    String cert_hours_value(String attended, String practicum);

    String cert_hours_attended(String attended);

    String cert_centre();

    String cert_serial();

    String cert_issued();

    String cert_verify(String url);

    String verify_title();

    String verify_valid();

    String verify_revoked();

    String verify_unknown_title();

    String verify_unknown(String serial);

    String verify_course();

    String verify_learner();

    String verify_completed_on();

    String verify_centre();

    String verify_serial();

    String close_title();

    String close_hint();

    String close_submit();

    String close_confirm();

    String closed_on(String when);

    String reopen_title();

    String reopen_hint();

    String reopen_reason();

    String reopen_submit();

    String closing_history();

    String closing_change(String change);

    String results_title();

    String result(String outcome);

    String col_learner();

    String col_result();

    String col_attended();

    String col_rate();

    String col_practicum();

    String col_certificate();

    String certificate_download();

    String certificate_title();

    String certificate_ready(String serial);

    String roster_title();

    String roster_name();

    String roster_company();

    String roster_business_number();

    String roster_region();

    String roster_size();

    String roster_track();

    String roster_scheduled();

    String roster_credited();

    String roster_practicum();

    String roster_reasons();

    String roster_basis();

    String roster_frozen();

    String roster_live();

    String roster_download_csv();

    String roster_download_xlsx();

    String nav_dashboard();

    String dashboard_title();

    String dashboard_from();

    String dashboard_to();

    String dashboard_apply();

    String kpi_partners();

    String kpi_diagnosed();

    String kpi_signed();

    String kpi_trained();

    String kpi_completed();

    String kpi_rate();

    String kpi_hours();

    String kpi_coached();

    String kpi_saved();

    String events_held();

    String events_attended();

    String kpi_practicum();

    String panel(String dimension);

    String chart_hours(String dimension);

    String key_none();

    String subsidy_title();

    String subsidy_formula(String hours, String rate, String multiplier, String amount);

    String subsidy_note();

    String col_cohort();

    String col_hours();

    String col_subsidy();

    String problem(String type);

    String flash_closed(int completed, int total);

    String flash_reopened();
}
