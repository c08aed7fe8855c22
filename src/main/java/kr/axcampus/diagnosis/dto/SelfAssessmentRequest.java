package kr.axcampus.diagnosis.dto;

import java.util.Map;

/** The company's own view: its CEO's scores by question code, merged into those saved before. */
public record SelfAssessmentRequest(Map<String, Integer> answers) {}
