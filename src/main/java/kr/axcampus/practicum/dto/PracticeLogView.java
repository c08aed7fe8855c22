package kr.axcampus.practicum.dto;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

@TemplateData
public record PracticeLogView(
        String id,
        String cohortId,
        String userId,
        int minutes,
        LocalDate performedOn,
        String description,
        String evidenceMaterialId,
        String status,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        Instant createdAt) {}
