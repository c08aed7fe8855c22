package kr.axcampus.coaching.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What came of a request, when the coach resolves or closes it. */
public record SummaryBody(
        @NotBlank @Size(max = 4000, message = "at most 4000 characters")
        String summary) {}
