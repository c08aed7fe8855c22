package kr.axcampus.diagnosis.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import kr.axcampus.diagnosis.DiagnosisStatus;

/**
 * A diagnosis as API.md "Diagnosis" shows it, with additions: names, the company's own scores
 * beside the expert's, the previous diagnosis and the centre's peers for comparison, and history.
 */
@TemplateData
public record DiagnosisView(
        String id,
        String companyId,
        String companyName,
        String expertId,
        String expertName,
        DiagnosisStatus status,
        int questionnaireVersion,
        LocalDate visitedOn,
        String participants,
        Map<String, Integer> answers,
        Map<String, String> notes,
        Map<String, Integer> selfAssessment,
        Map<String, BigDecimal> scores,
        BigDecimal overall,
        String stage,
        Map<String, BigDecimal> selfScores,
        BigDecimal selfOverall,
        List<BottleneckView> bottlenecks,
        List<RoadmapItemView> roadmap,
        Comparison previous,
        Comparison peers,
        Instant submittedAt,
        Instant signedOffAt,
        List<DiagnosisChange> history) {}
