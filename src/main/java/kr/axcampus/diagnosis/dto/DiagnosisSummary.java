package kr.axcampus.diagnosis.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

import kr.axcampus.diagnosis.DiagnosisStatus;

/** A diagnosis in a company's list: who, when, where it stands and its overall result. */
@TemplateData
public record DiagnosisSummary(
        String id,
        String companyId,
        String expertId,
        String expertName,
        DiagnosisStatus status,
        int questionnaireVersion,
        LocalDate visitedOn,
        BigDecimal overall,
        String stage,
        Instant createdAt) {}
