package kr.axcampus.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Calendar feeds' words (issue 17: the profile page's 일정 구독 and the fixed words inside the
 * iCalendar files), Korean in {@code messages/cal.properties}, English in
 * {@code messages/cal_en.properties}.
 */
@MessageBundle(value = "cal", locale = "ko")
public interface CalMsg {
    String nav_profile();

    String profile_title();

    String profile_name();

    String profile_email();

    String feed_title();

    String feed_hint();

    String feed_window();

    String feed_secret();

    String feed_url();

    String feed_webcal();

    String feed_https();

    String reset_submit();

    String reset_confirm();

    String flash_reset();

    String session_ics();

    String feed_name();

    String session_summary(String course, String cohort, String kind);

    String session_teaching();

    String online_link(String link);

    String cancelled();

    String cancelled_because(String reason);

    String event_summary(String title);

    String visit_summary(String title);

    String visit_mode(String mode);
}
