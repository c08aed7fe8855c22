package kr.axcampus.organization;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.LocalizedText;

/** An industry a company is filed under: a KSIC section (A–U) or OTHER, from content/industries.yaml. */
@TemplateData
public record Industry(
        String code, LocalizedText name, @JsonIgnore List<String> keywords) {
    public static final String OTHER = "OTHER";

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    /** Whether free text about a company's business names this industry. */
    boolean describedBy(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }
}
