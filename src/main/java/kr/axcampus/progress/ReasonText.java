package kr.axcampus.progress;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.progress.dto.Progress;
import kr.axcampus.web.Languages;
import kr.axcampus.web.Msg;

/** A completion reason in the reader's language, from its code and figures: {@code {reason.text}} on pages. */
public final class ReasonText {
    private ReasonText() {}

    @TemplateExtension
    static String text(Progress.Reason reason, @TemplateAttribute("locale") Object locale) {
        return of(reason, words(Languages.english(locale) ? Locale.ENGLISH : Locale.KOREAN), Languages.msg(locale));
    }

    /** The reason in words, for exports in the reader's language. */
    public static String of(Progress.Reason reason, Locale locale) {
        return of(reason, words(locale), Languages.msg(locale));
    }

    static String of(Progress.Reason reason, SheetMsg words, Msg msg) {
        return switch (reason.code()) {
            case PRACTICUM_SHORT ->
                words.reason_practicum_short(
                        duration(reason.have().intValue(), msg),
                        duration(reason.need().intValue(), msg));
            case ATTENDANCE_LOW ->
                reason.days() != null
                        ? words.reason_attendance_days(
                                reason.have().intValue(), reason.need().intValue(), reason.days())
                        : words.reason_attendance_low(
                                Languages.percent(reason.have().doubleValue()),
                                Languages.percent(reason.need().doubleValue()));
            case DELIVERABLE_MISSING -> words.reason_deliverable_missing();
            case WITHDRAWN -> words.reason_withdrawn();
        };
    }

    /** The sheet's and reasons' words in a language: English, or Korean for anything else. */
    static SheetMsg words(Locale locale) {
        return MessageBundles.get(
                SheetMsg.class, Localized.Literal.of("en".equals(locale.getLanguage()) ? "en" : "ko"));
    }

    private static String duration(int minutes, Msg msg) {
        return msg.duration(minutes / 60, minutes % 60);
    }
}
