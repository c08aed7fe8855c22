package kr.axcampus.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.CentreTime;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes calendar entries as an iCalendar document (RFC 5545) with ical4j: times as wall-clock
 * times of the centre's zone with its TZID and VTIMEZONE (so a session at 23:30 stays on its day
 * in every app), a stable UID, SEQUENCE and LAST-MODIFIED so apps replace what changed, and
 * STATUS:CANCELLED for cancelled sessions, which stay in the calendar.
 */
@ApplicationScoped
public class ICalendarWriter {
    static final String PRODUCT = "-//AX Campus//Calendar feed//KO";

    /** How often subscribed apps should fetch again (a hint; Google and Apple choose their own pace). */
    private static final String REFRESH = "PT1H";

    private final ZoneId zone;
    private final VTimeZone timeZone;

    public ICalendarWriter(CentreTime time) {
        this.zone = time.zone();
        // The definitions ship inside ical4j: no network, the same on every replica.
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.timeZone = registry.getTimeZone(zone.getId()).getVTimeZone();
    }

    ZoneId zone() {
        return zone;
    }

    String write(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", zone.getId()))
                .add(new XProperty("X-PUBLISHED-TTL", REFRESH));
        calendar.add(timeZone);
        entries.forEach(e -> calendar.add(event(e)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar written is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent event(CalendarEntry entry) {
        ZonedDateTime start = entry.startsAt().atZone(zone);
        ZonedDateTime end = entry.endsAt().atZone(zone);
        VEvent event = new VEvent(start, end, entry.summary())
                .replace(new DtStamp(entry.updatedAt()))
                .add(new Uid(entry.uid()))
                .add(new Sequence(entry.sequence()))
                .add(new LastModified(entry.updatedAt()))
                .add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.place() != null && !entry.place().isBlank()) {
            event.add(new Location(entry.place()));
        }
        URI link = uri(entry.link());
        if (link != null) {
            event.add(new Url(link));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }

    private static URI uri(String link) {
        if (link == null) {
            return null;
        }
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            return null; // still in the description as text
        }
    }
}
