package kr.axcampus.common;

import java.util.Locale;

import io.quarkus.qute.TemplateData;

/** A text written in Korean and English; pages pick by the reader's language. */
@TemplateData
public record LocalizedText(String ko, String en) {
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ko;
    }
}
