package kr.axcampus.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.coaching.dto.CalendarVisit;
import kr.axcampus.cohort.dto.CalendarSession;
import kr.axcampus.event.dto.CalendarEvent;
import kr.axcampus.web.CalMsg;
import kr.axcampus.web.Languages;
import kr.axcampus.web.Msg;

/**
 * Turns sessions, events and visits into calendar entries in one language: titles are the
 * people's own (as written), the fixed words come from the {@code cal} bundle (Korean unless
 * English was asked for).
 */
final class CalendarWords {
    private static final String DOMAIN = "@axcampus";

    private final Locale locale;
    private final CalMsg cal;
    private final Msg msg;

    private CalendarWords(Locale locale) {
        this.locale = locale;
        this.cal = MessageBundles.get(CalMsg.class, Localized.Literal.of(locale.getLanguage()));
        this.msg = Languages.msg(locale);
    }

    static CalendarWords in(Locale locale) {
        return new CalendarWords(Languages.english(locale) ? Locale.ENGLISH : Locale.KOREAN);
    }

    String calendarName() {
        return cal.feed_name();
    }

    /** The stable UID of a session: the same in the feed and in its own .ics file. */
    static String sessionUid(UUID id) {
        return "session-" + id + DOMAIN;
    }

    CalendarEntry session(CalendarSession s) {
        String course = Languages.english(locale)
                        && s.courseTitleEn() != null
                        && !s.courseTitleEn().isBlank()
                ? s.courseTitleEn()
                : s.courseTitle();
        String summary = cal.session_summary(
                course, s.cohortCode(), msg.session_kind(s.kind().name()));
        List<String> lines = new ArrayList<>();
        if (s.cancelled()) {
            lines.add(
                    s.cancelReason() == null || s.cancelReason().isBlank()
                            ? cal.cancelled()
                            : cal.cancelled_because(s.cancelReason()));
        }
        if (s.teaching()) {
            lines.add(cal.session_teaching());
        }
        String link = isLink(s.location()) ? s.location().strip() : null;
        if (link != null) {
            lines.add(cal.online_link(link));
        }
        return new CalendarEntry(
                sessionUid(s.id()),
                summary,
                String.join("\n", lines),
                s.startsAt(),
                s.endsAt(),
                link == null ? s.location() : null,
                link,
                s.cancelled(),
                s.updatedAt(),
                s.sequence());
    }

    CalendarEntry event(CalendarEvent e) {
        String link = isLink(e.location()) ? e.location().strip() : null;
        return new CalendarEntry(
                "event-" + e.id() + DOMAIN,
                cal.event_summary(e.title()),
                link == null ? "" : cal.online_link(link),
                e.startsAt(),
                e.endsAt(),
                link == null ? e.location() : null,
                link,
                false,
                e.updatedAt(),
                0);
    }

    CalendarEntry visit(CalendarVisit v) {
        String mode = cal.visit_mode(v.onSite() ? "ON_SITE" : "ONLINE");
        return new CalendarEntry(
                "coaching-" + v.id() + DOMAIN,
                cal.visit_summary(v.requestTitle()),
                mode,
                v.startsAt(),
                v.endsAt(),
                v.onSite() ? v.companyName() : null,
                null,
                false,
                v.updatedAt(),
                0);
    }

    /** A session's or event's location is a place or a link to an online meeting. */
    static boolean isLink(String location) {
        if (location == null) {
            return false;
        }
        String text = location.strip().toLowerCase(Locale.ROOT);
        return (text.startsWith("https://") || text.startsWith("http://")) && !text.contains(" ");
    }
}
