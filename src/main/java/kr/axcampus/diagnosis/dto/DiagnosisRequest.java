package kr.axcampus.diagnosis.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An operator assigns an expert (an INSTRUCTOR of the centre) to diagnose a company on a date. */
public record DiagnosisRequest(
        @NotBlank String expertId, @NotNull LocalDate visitedOn) {}
