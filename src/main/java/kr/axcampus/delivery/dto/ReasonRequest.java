package kr.axcampus.delivery.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: reopening a closed cohort, revoking a certificate. */
public record ReasonRequest(
        @NotBlank @Size(max = 500, message = "at most 500 characters")
        String reason) {}
