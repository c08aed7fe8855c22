package kr.axcampus.diagnosis.dto;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A roadmap line; {@code progress} is the progress room's count for the item's people in its
 * cohort (null before a cohort is chosen).
 */
@TemplateData
public record RoadmapItemView(
        String id,
        String bottleneckId,
        String courseCode,
        List<String> userIds,
        String role,
        String targetQuarter,
        String cohortId,
        RoadmapProgress progress) {}
