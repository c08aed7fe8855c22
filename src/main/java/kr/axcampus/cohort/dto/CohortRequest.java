package kr.axcampus.cohort.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import kr.axcampus.cohort.DeliveryMode;

/** A new cohort, as API.md "Cohorts" describes. */
public record CohortRequest(
        @NotBlank String courseCode,

        @NotBlank
        @Size(max = 40)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "letters, digits, '-' and '_' only")
        String code,

        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Positive Integer capacity,
        @NotNull DeliveryMode mode,
        List<String> instructorIds,
        List<String> allowedNetworks) {

    /** The contract's fields only; no network restriction. */
    public CohortRequest(
            String courseCode,
            String code,
            LocalDate startDate,
            LocalDate endDate,
            Integer capacity,
            DeliveryMode mode,
            List<String> instructorIds) {
        this(courseCode, code, startDate, endDate, capacity, mode, instructorIds, null);
    }
}
