package kr.axcampus.coaching.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.coaching.Urgency;

/** What a learner or CEO asks coaching for (API.md "Coaching"); the bottleneck is optional. */
public record CoachingRequestBody(
        @NotBlank @Size(max = 200, message = "at most 200 characters")
        String title,

        @NotBlank @Size(max = 4000, message = "at most 4000 characters")
        String problem,

        @Size(max = 200, message = "at most 200 characters") String process,

        @Size(max = 200, message = "at most 200 characters") String tool,

        @NotNull Urgency urgency,

        String bottleneckId) {}
