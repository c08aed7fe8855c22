package kr.axcampus.web;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The page's language as templates hand it over, its messages, and figures as people read them. */
public final class Languages {
    private Languages() {}

    /** Whether a template's {@code locale} attribute (a Locale or a tag) means English; Korean otherwise. */
    public static boolean english(Object locale) {
        return locale instanceof Locale l
                ? "en".equals(l.getLanguage())
                : locale != null && locale.toString().startsWith("en");
    }

    /** The message bundle of that language. */
    public static Msg msg(Object locale) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(english(locale) ? "en" : "ko"));
    }

    /** A rate from 0 to 1 as a percentage with one decimal: {@code 77.1 %}, {@code 80 %}. */
    public static String percent(double rate) {
        String text = String.format(Locale.ROOT, "%.1f", rate * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " %";
    }
}
