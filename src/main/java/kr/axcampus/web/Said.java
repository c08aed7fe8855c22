package kr.axcampus.web;

import java.util.Map;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.ProblemException;

/**
 * What a page with several forms said back after one of them was refused: which panel, the
 * problem's type, the field errors, and what the person typed (so nothing they wrote is lost).
 */
@TemplateData
public record Said(String panel, String type, FormErrors errors, Map<String, String> typed) {
    public static final Said NONE = new Said("", null, FormErrors.NONE, Map.of());

    public static Said problem(String panel, ProblemException e, Map<String, String> typed) {
        return new Said(panel, e.type(), FormErrors.of(e), typed);
    }

    public boolean on(String name) {
        return name.equals(panel);
    }

    public FormErrors errorsFor(String name) {
        return on(name) ? errors : FormErrors.NONE;
    }

    public String typed(String field) {
        return typed.getOrDefault(field, "");
    }
}
