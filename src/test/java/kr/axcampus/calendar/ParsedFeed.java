package kr.axcampus.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * A calendar read twice, by ical4j (which wrote it) and by biweekly (which did not), reduced to
 * what both must agree on for every event: the instants, status, sequence and words.
 */
final class ParsedFeed {
    /** One event as a parser read it. */
    record Event(
            String uid,
            String summary,
            Instant start,
            Instant end,
            String startZone,
            String status,
            int sequence,
            String location,
            String url,
            String description) {}

    final Map<String, Event> ical4j;
    final Map<String, Event> biweekly;
    final List<String> timeZones;

    private ParsedFeed(Map<String, Event> ical4j, Map<String, Event> biweekly, List<String> timeZones) {
        this.ical4j = ical4j;
        this.biweekly = biweekly;
        this.timeZones = timeZones;
    }

    /** Parses with both libraries, and checks they read the same events. */
    static ParsedFeed of(String text) {
        ParsedFeed feed = new ParsedFeed(withIcal4j(text), withBiweekly(text), zones(text));
        assertEquals(feed.ical4j, feed.biweekly, "ical4j and biweekly read the same events");
        return feed;
    }

    boolean has(String uid) {
        return ical4j.containsKey(uid);
    }

    Event event(String uid) {
        Event event = ical4j.get(uid);
        if (event == null) {
            throw new AssertionError("no event " + uid + " in " + ical4j.keySet());
        }
        return event;
    }

    private static Map<String, Event> withIcal4j(String text) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
            calendar.validate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("ical4j cannot parse the calendar: " + e.getMessage(), e);
        }
        Map<String, Event> events = new HashMap<>();
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            Component e = component;
            DateProperty<Temporal> start = e.getRequiredProperty(Property.DTSTART);
            DateProperty<Temporal> end = e.getRequiredProperty(Property.DTEND);
            Event event = new Event(
                    text(e, Property.UID),
                    text(e, Property.SUMMARY),
                    Instant.from(start.getDate()),
                    Instant.from(end.getDate()),
                    start.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null),
                    text(e, Property.STATUS),
                    Integer.parseInt(text(e, Property.SEQUENCE)),
                    text(e, Property.LOCATION),
                    text(e, Property.URL),
                    text(e, Property.DESCRIPTION));
            events.put(event.uid(), event);
        }
        return events;
    }

    private static String text(Component component, String property) {
        return component.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    private static Map<String, Event> withBiweekly(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        if (calendar == null) {
            throw new AssertionError("biweekly found no calendar");
        }
        assertEquals(
                List.of(),
                warnings.stream()
                        .flatMap(List::stream)
                        .map(ParseWarning::toString)
                        .toList(),
                "biweekly's warnings");
        Map<String, Event> events = new HashMap<>();
        for (VEvent e : calendar.getEvents()) {
            var zone = calendar.getTimezoneInfo().getTimezone(e.getDateStart());
            Event event = new Event(
                    e.getUid().getValue(),
                    e.getSummary() == null ? null : e.getSummary().getValue(),
                    e.getDateStart().getValue().toInstant(),
                    e.getDateEnd().getValue().toInstant(),
                    zone == null ? null : zone.getComponent().getTimezoneId().getValue(),
                    e.getStatus() == null ? null : e.getStatus().getValue(),
                    e.getSequence() == null ? 0 : e.getSequence().getValue(),
                    e.getLocation() == null ? null : e.getLocation().getValue(),
                    e.getUrl() == null ? null : e.getUrl().getValue(),
                    e.getDescription() == null ? null : e.getDescription().getValue());
            events.put(event.uid(), event);
        }
        return events;
    }

    /** The TZIDs of the calendar's VTIMEZONE components. */
    private static List<String> zones(String text) {
        ICalendar calendar = Biweekly.parse(text).first();
        return calendar.getTimezoneInfo().getComponents().stream()
                .map(z -> z.getTimezoneId().getValue())
                .toList();
    }
}
