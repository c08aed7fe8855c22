package kr.axcampus.bestpractice.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.bestpractice.CaseStatus;

/** A case as its author, the company's CEO, instructors and operators see it, with its consent and history. */
@TemplateData
public record CaseView(
        String id,
        String companyId,
        String companyName,
        String authorId,
        String authorName,
        String title,
        String problem,
        String approach,
        String tools,
        List<String> tags,
        List<FigureView> figures,
        CaseStatus status,
        ConsentView consent,
        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        List<EventView> history) {}
