package kr.axcampus.notice.dto;

import io.quarkus.qute.TemplateData;

/** A notice kind and whether it also goes by mail, for the settings forms and the profile page. */
@TemplateData
public record KindChoice(String kind, boolean mail) {}
