package kr.axcampus.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;

/** Validation messages by field, shown next to the inputs of a rejected form. */
@TemplateData
public record FormErrors(Map<String, String> byField, Map<String, String> codes, String summary) {
    public static final FormErrors NONE = new FormErrors(Map.of(), Map.of(), null);

    public static FormErrors of(ProblemException e) {
        return of(e.errors(), e.getMessage());
    }

    public static FormErrors of(List<FieldError> errors, String summary) {
        Map<String, String> byField = new LinkedHashMap<>();
        Map<String, String> codes = new LinkedHashMap<>();
        errors.forEach(err -> {
            byField.merge(err.field(), err.message(), (a, b) -> a + "; " + b);
            codes.putIfAbsent(err.field(), err.code());
        });
        return new FormErrors(byField, codes, summary);
    }

    public boolean any() {
        return summary != null || !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    /** The stable code of the field's first problem; pages show its translation. */
    public String code(String field) {
        return codes.getOrDefault(field, FieldError.INVALID);
    }
}
