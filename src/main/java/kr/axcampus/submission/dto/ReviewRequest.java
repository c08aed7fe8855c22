package kr.axcampus.submission.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.submission.ReviewDecision;

/** An instructor's decision on a version; a comment is required when asking for changes. */
public record ReviewRequest(
        @NotNull ReviewDecision decision, @Size(max = 4000) String comment) {}
