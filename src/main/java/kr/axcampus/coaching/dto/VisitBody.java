package kr.axcampus.coaching.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.coaching.VisitMode;

/** A coaching visit as the coach records it. */
public record VisitBody(
        @NotNull OffsetDateTime startsAt,

        @NotNull
        @Min(value = 1, message = "must be 1 to 1440 minutes")
        @Max(value = 1440, message = "must be 1 to 1440 minutes")
        Integer minutes,

        @NotNull VisitMode mode,

        @Size(max = 1000, message = "at most 1000 characters")
        String participants,

        @Size(max = 4000, message = "at most 4000 characters")
        String notes,

        @Size(max = 2000, message = "at most 2000 characters")
        String nextSteps) {}
