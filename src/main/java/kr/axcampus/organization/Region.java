package kr.axcampus.organization;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A region (권역) of the national programme, from content/regions.yaml. */
@TemplateData
public record Region(String code, String nameKo, String nameEn, List<String> provinces) {}
