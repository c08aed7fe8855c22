package kr.axcampus.diagnosis.dto;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A business process step that costs time, as API.md "Diagnosis" describes. */
public record BottleneckRequest(
        @NotBlank @Size(max = 200, message = "at most 200 characters")
        String process,

        @NotBlank @Size(max = 2000, message = "at most 2000 characters")
        String pain,

        @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "744", message = "a month has at most 744 hours")
        BigDecimal hoursLostPerMonth,

        @NotNull @Min(value = 0, message = "must not be negative") @Max(100000)
        Integer peopleAffected,

        @NotBlank String opportunityTag,

        @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
        Integer impact,

        @NotNull @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5")
        Integer feasibility) {}
