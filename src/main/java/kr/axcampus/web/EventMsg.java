package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of sharing events (우수사례 공유회), Korean in {@code messages/event.properties} and
 * English in {@code messages/event_en.properties}.
 */
@MessageBundle(value = "event", locale = "ko")
public interface EventMsg {
    String nav_events();

    String list_title();

    String list_lead();

    String list_empty();

    String admin_link();

    String when();

    String location();

    String seats();

    String seats_value(long registered, int capacity, long waiting);

    String my_status();

    String status_registered();

    String status_waiting(Integer position);

    String status_none();

    String status_checked_in(String time);

    String register();

    String cancel();

    String ended();

    String details();

    String checkin_title();

    String checkin_code();

    String checkin_submit();

    String live_link();

    String live_title();

    String live_hint();

    String live_count(long checked, long registered);

    String live_not_yet(String time);

    String live_over();

    String admin_title();

    String col_title();

    String col_when();

    String col_seats();

    String col_checked_in();

    String col_live();

    String form_title();

    String form_name();

    String form_day();

    String form_starts();

    String form_ends();

    String form_location();

    String form_capacity();

    String form_submit();

    String flash_created(String title);

    String flash_registered();

    String flash_waiting(Integer position);

    String flash_cancelled();

    String flash_checked_in();

    String problem(String type);

    String cases_title();

    String case_not_shown();
}
