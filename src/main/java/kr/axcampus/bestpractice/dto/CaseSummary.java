package kr.axcampus.bestpractice.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.bestpractice.CaseStatus;

/** A line of the list of cases the caller sees. */
@TemplateData
public record CaseSummary(
        String id,
        String companyId,
        String companyName,
        String title,
        CaseStatus status,
        boolean consented,
        Instant updatedAt) {}
