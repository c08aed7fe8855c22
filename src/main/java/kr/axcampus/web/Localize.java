package kr.axcampus.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import kr.axcampus.common.LocalizedText;

/**
 * Content written in both languages, and durations, in the page's language:
 * {@code {loc:pick(course.title, course.titleEn)}}, {@code {outcome.text}}, {@code {minutes.hm}}.
 */
@TemplateExtension
public class Localize {
    private Localize() {}

    @TemplateExtension(namespace = "loc")
    static String pick(String ko, String en, @TemplateAttribute("locale") Object locale) {
        return english(locale) && en != null && !en.isBlank() ? en : ko;
    }

    static String text(LocalizedText text, @TemplateAttribute("locale") Object locale) {
        return pick(text.ko(), text.en(), locale);
    }

    /** Minutes as hours and minutes: {@code 16시간 30분}, {@code 16 h 30 min}. */
    static String hm(Integer minutes, @TemplateAttribute("locale") Object locale) {
        int total = minutes == null ? 0 : minutes;
        return Languages.msg(locale).duration(total / 60, total % 60);
    }

    /** An instant in the centre's zone: {@code 2026. 3. 2.(월) 09:00}, {@code Mon 2 Mar 2026 09:00}. */
    static String local(Instant at, @TemplateAttribute("locale") Object locale) {
        return Dates.of(locale).when(at);
    }

    /** A day: {@code 2026. 3. 2.(월)}, {@code Mon 2 Mar 2026}. */
    static String day(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return Dates.of(locale).day(day);
    }

    /** A rate from 0 to 1 as a percentage with one decimal: {@code 77.1 %}. */
    static String pct(Double rate) {
        return Languages.percent(rate == null ? 0 : rate);
    }

    /** A file size in binary units: {@code 512 B}, {@code 2.3 MB}, {@code 1.0 GB}. */
    static String bytes(Long size) {
        long value = size == null ? 0 : size;
        if (value < 1024) {
            return value + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double scaled = value;
        int unit = -1;
        while (scaled >= 1024 && unit < units.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", scaled, units[unit]);
    }

    /** A time of day in the centre's zone, 24-hour. */
    static String time(Instant at) {
        return Dates.time(at);
    }

    private static boolean english(Object locale) {
        return Languages.english(locale);
    }
}
