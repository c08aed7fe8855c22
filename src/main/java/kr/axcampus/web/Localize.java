package kr.axcampus.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kr.axcampus.catalog.LocalizedText;

/**
 * Content written in both languages, and durations, in the page's language:
 * {@code {loc:pick(course.title, course.titleEn)}}, {@code {outcome.text}}, {@code {minutes.hm}}.
 */
@TemplateExtension
public class Localize {
    private Localize() {
    }

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
        Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(english(locale) ? "en" : "ko"));
        return msg.duration(total / 60, total % 60);
    }

    private static boolean english(Object locale) {
        return locale instanceof Locale l ? "en".equals(l.getLanguage())
                : locale != null && locale.toString().startsWith("en");
    }
}
