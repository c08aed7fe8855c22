package kr.axcampus.diagnosis.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A roadmap line: the bottleneck, a catalogue course, named employees of the company and/or a role,
 * the target quarter ({@code 2026-Q3}) and, optionally, the cohort they will join.
 */
public record RoadmapItemRequest(
        @NotBlank String bottleneckId,
        @NotBlank String courseCode,
        @Size(max = 200, message = "at most 200 people") List<String> userIds,
        @Size(max = 100, message = "at most 100 characters") String role,

        @NotBlank @Pattern(regexp = "20\\d\\d-Q[1-4]", message = "a quarter such as 2026-Q3")
        String targetQuarter,

        String cohortId) {}
