package kr.axcampus.diagnosis.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * Scores to read a diagnosis against: the company's previous diagnosis ({@code diagnosisId},
 * {@code visitedOn}), or the mean of other companies' latest signed-off diagnoses
 * ({@code companies} of them).
 */
@TemplateData
public record Comparison(
        String diagnosisId, LocalDate visitedOn, int companies, Map<String, BigDecimal> scores, BigDecimal overall) {}
