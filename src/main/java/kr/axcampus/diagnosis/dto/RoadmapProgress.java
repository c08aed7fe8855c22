package kr.axcampus.diagnosis.dto;

import io.quarkus.qute.TemplateData;

/** How far a roadmap item's people are: enrolled (not withdrawn), completed, practicum minutes delivered. */
@TemplateData
public record RoadmapProgress(int enrolled, int completed, int practicumMinutes) {}
