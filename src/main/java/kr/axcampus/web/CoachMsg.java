package kr.axcampus.web;

import java.math.BigDecimal;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Coaching's words (stage 3: requests, visits, the operators' overview), Korean in
 * {@code messages/coach.properties} and English in {@code messages/coach_en.properties}.
 */
@MessageBundle(value = "coach", locale = "ko")
public interface CoachMsg {
    String nav_coaching();

    String list_title();

    String list_hint_asker();

    String list_hint_coach();

    String list_none();

    String ask_link();

    String ask_title();

    String ask_hint();

    String field_title();

    String field_problem();

    String field_process();

    String field_tool();

    String field_urgency();

    String field_bottleneck();

    String no_bottleneck();

    String ask_submit();

    String col_title();

    String col_company();

    String col_requester();

    String col_coach();

    String col_urgency();

    String col_status();

    String col_asked();

    String col_rating();

    String urgency(String urgency);

    String status(String status);

    String mode(String mode);

    String action(String action);

    String overdue();

    String detail_problem();

    String detail_process();

    String detail_tool();

    String detail_bottleneck();

    String detail_summary();

    String detail_files();

    String visits_title();

    String visits_none();

    String visit_minutes();

    String visit_participants();

    String visit_notes();

    String visit_next();

    String visit_form_title();

    String visit_starts();

    String visit_mode();

    String visit_submit();

    String assign_title();

    String assign_coach();

    String assign_suggested(String name);

    String assign_submit();

    String end_title();

    String end_summary();

    String resolve_submit();

    String close_submit();

    String rating_title();

    String rating_score();

    String rating_comment();

    String rating_submit();

    String rating_given(int score);

    String history_title();

    String history_by(String name);

    String someone();

    String board_title();

    String board_hint(String first, String end);

    String board_open();

    String board_overdue();

    String board_first();

    String board_end();

    String board_rating();

    String board_hours(BigDecimal hours);

    String board_none();

    String board_filter();

    String board_all();

    String board_apply();

    String flash_asked();

    String flash_assigned(String name);

    String flash_visit();

    String flash_resolved();

    String flash_closed();

    String flash_rated();

    String problem(String type);

    String home_card_title();

    String home_card_open(long count);
}
