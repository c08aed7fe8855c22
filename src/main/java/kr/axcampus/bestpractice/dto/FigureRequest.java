package kr.axcampus.bestpractice.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A before/after figure: its kind, unit, both values and the measurement period (ISO-8601, e.g. P3M). */
public record FigureRequest(
        @NotBlank
        @Pattern(
                regexp = "HOURS_PER_MONTH|ERROR_RATE|LEAD_TIME|COST",
                message = "one of HOURS_PER_MONTH, ERROR_RATE, LEAD_TIME, COST")
        String name,

        @NotBlank @Size(max = 20, message = "at most 20 characters")
        String unit,

        @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 12, fraction = 4, message = "at most 12 digits and 4 decimals")
        BigDecimal before,

        @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 12, fraction = 4, message = "at most 12 digits and 4 decimals")
        BigDecimal after,

        @NotBlank @Size(max = 20, message = "at most 20 characters")
        String period) {}
