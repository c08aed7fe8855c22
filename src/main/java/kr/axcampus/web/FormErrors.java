package kr.axcampus.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;

/** Validation messages by field, shown next to the inputs of a rejected form. */
@io.quarkus.qute.TemplateData
public record FormErrors(Map<String, String> byField, String summary) {
    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    public static FormErrors of(ProblemException e) {
        return of(e.errors(), e.getMessage());
    }

    public static FormErrors of(List<FieldError> errors, String summary) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(err -> byField.merge(err.field(), err.message(), (a, b) -> a + "; " + b));
        return new FormErrors(byField, summary);
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
}
