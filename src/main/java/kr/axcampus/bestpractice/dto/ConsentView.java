package kr.axcampus.bestpractice.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** Whether the company's CEO consents to showing the case publicly, who gave it and when. */
@TemplateData
public record ConsentView(boolean given, boolean showNames, String by, String byName, Instant at) {}
