package kr.axcampus.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kr.axcampus.access.Access;
import kr.axcampus.coaching.CoachingCalendar;
import kr.axcampus.cohort.SessionCalendar;
import kr.axcampus.cohort.dto.CalendarSession;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.event.EventCalendar;
import kr.axcampus.identity.UserService;

/**
 * What a person's calendar holds, as iCalendar: the sessions they teach or attend, the sharing
 * events they hold a seat at (every event of the centre for its operators), the coaching visits
 * they make or asked for — from 90 days back, and everything to come. A bounded number of
 * queries whatever the number of sessions (each feature reads its part in one or two).
 */
@ApplicationScoped
public class PersonalCalendar {
    /** How far back the feed reaches: the last term stays visible, years of history do not. */
    static final Duration HISTORY = Duration.ofDays(90);

    private final CalendarFeeds feeds;
    private final UserService users;
    private final SessionCalendar sessions;
    private final EventCalendar events;
    private final CoachingCalendar coaching;
    private final ICalendarWriter writer;
    private final Access access;

    public PersonalCalendar(
            CalendarFeeds feeds,
            UserService users,
            SessionCalendar sessions,
            EventCalendar events,
            CoachingCalendar coaching,
            ICalendarWriter writer,
            Access access) {
        this.feeds = feeds;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.coaching = coaching;
        this.writer = writer;
        this.access = access;
    }

    /**
     * The feed a token opens, in the language asked for; empty when the token is unknown or reset,
     * or its owner was deactivated — the same empty, so an answer never tells which.
     */
    @Transactional
    public Optional<String> feed(String token, Locale locale) {
        return feeds.ownerOf(token).flatMap(users::activeCaller).map(owner -> write(owner, locale));
    }

    /** A calendar file of one session: the name to save it under, and its text. */
    public record SessionFile(String fileName, String text) {}

    /** One session the caller may see (404 otherwise), as a calendar file of its own. */
    @Transactional
    public SessionFile session(Caller caller, String sessionId, Locale locale) {
        CalendarWords words = CalendarWords.in(locale);
        CalendarSession session = sessions.one(caller, sessionId);
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(session.startsAt().atZone(writer.zone()));
        return new SessionFile(
                session.cohortCode() + "-" + day + ".ics",
                writer.write(words.calendarName(), List.of(words.session(session))));
    }

    private String write(Caller owner, Locale locale) {
        CalendarWords words = CalendarWords.in(locale);
        Instant from = Moment.now().minus(HISTORY);
        List<CalendarEntry> entries = new ArrayList<>();
        sessions.of(owner.centerId(), owner.id(), from).forEach(s -> entries.add(words.session(s)));
        events.of(owner.centerId(), owner.id(), from, access.feedsEveryEvent(owner))
                .forEach(e -> entries.add(words.event(e)));
        coaching.of(owner.centerId(), owner.id(), from).forEach(v -> entries.add(words.visit(v)));
        entries.sort(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::uid));
        return writer.write(words.calendarName(), entries);
    }
}
