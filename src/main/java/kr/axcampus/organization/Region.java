package kr.axcampus.organization;

import java.util.List;

/** A region (권역) of the national programme, from content/regions.yaml. */
@io.quarkus.qute.TemplateData
public record Region(String code, String nameKo, String nameEn, List<String> provinces) {}
