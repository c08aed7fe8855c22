package kr.axcampus.coaching.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The requester's one rating of the outcome. */
public record RatingBody(
        @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
        Integer score,

        @Size(max = 2000, message = "at most 2000 characters")
        String comment) {}
