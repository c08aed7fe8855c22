package kr.axcampus.practicum.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A practicum adjustment: {@code {userId, minutes (±), reason}}. */
public record AdjustmentRequest(
        @NotBlank String userId,
        @NotNull @Min(-1440) @Max(1440) Integer minutes,
        @NotBlank @Size(max = 500) String reason) {}
