package kr.axcampus.diagnosis.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

/** One change of a diagnosis: what ({@code action}), by whom and when. */
@TemplateData
public record DiagnosisChange(Instant at, String actorId, String actorName, String action, String detail) {}
