package kr.axcampus.practicum.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {minutes, performedOn, description, evidenceMaterialId}}. */
public record PracticeLogRequest(
        @NotNull @Min(1) @Max(1440) Integer minutes,
        @NotNull LocalDate performedOn,
        @NotBlank @Size(max = 2000) String description,
        String evidenceMaterialId) {}
