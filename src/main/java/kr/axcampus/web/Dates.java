package kr.axcampus.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kr.axcampus.common.CentreTime;

/** Days and instants written for people, in the centre's zone and the reader's language. */
public final class Dates {
    private static final DateTimeFormatter KO_WHEN = DateTimeFormatter.ofPattern("yyyy. M. d.(E) HH:mm", Locale.KOREAN);
    private static final DateTimeFormatter EN_WHEN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter KO_DAY = DateTimeFormatter.ofPattern("yyyy. M. d.(E)", Locale.KOREAN);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter KO_SHORT = DateTimeFormatter.ofPattern("M월 d일(E) HH:mm", Locale.KOREAN);
    private static final DateTimeFormatter EN_SHORT = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static volatile ZoneId zone;

    private final boolean english;

    private Dates(boolean english) {
        this.english = english;
    }

    public static Dates of(Object locale) {
        return new Dates(Languages.english(locale));
    }

    /** {@code 2026. 3. 2.(월) 09:00}, {@code Mon 2 Mar 2026 09:00}. */
    public String when(Instant at) {
        return at == null ? "" : (english ? EN_WHEN : KO_WHEN).format(at.atZone(zone()));
    }

    /** {@code 3월 2일(월) 09:00}, {@code Mon 2 Mar 09:00}: this year's moments in a sentence. */
    public String shortWhen(Instant at) {
        return at == null ? "" : (english ? EN_SHORT : KO_SHORT).format(at.atZone(zone()));
    }

    /** {@code 2026. 3. 2.(월)}, {@code Mon 2 Mar 2026}. */
    public String day(LocalDate day) {
        return day == null ? "" : (english ? EN_DAY : KO_DAY).format(day);
    }

    /** {@code 09:00}. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone()));
    }

    /** The centre's zone, read once: template extensions are static, so the setting is looked up, not injected. */
    static ZoneId zone() {
        if (zone == null) {
            zone = CentreTime.configuredZone();
        }
        return zone;
    }
}
