package kr.axcampus.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The centre's zone (DESIGN.md §4: instants are stored in UTC and shown in the centre's
 * zone): one setting, {@code axcampus.rules.zone}, read by every page, sheet, window and query
 * that turns an instant into a day or a wall-clock time.
 */
@ApplicationScoped
public class CentreTime {
    public static final String ZONE_SETTING = "axcampus.rules.zone";

    private final ZoneId zone;

    public CentreTime(ZoneSetting setting) {
        this.zone = setting.zone();
    }

    /** The zone where no bean can be injected (template extensions are static). */
    public static ZoneId configuredZone() {
        return ConfigProvider.getConfig().getValue(ZONE_SETTING, ZoneId.class);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The centre's calendar day of an instant. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** A wall-clock time at the centre (a form's {@code datetime-local} value) as an instant. */
    public Instant instantOf(LocalDateTime wallClock) {
        return wallClock.atZone(zone).toInstant();
    }

    /** The first instant of a day at the centre. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
