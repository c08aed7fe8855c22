package kr.axcampus.organization.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.organization.SizeClass;

/** A partner company as an operator registers or edits it. */
public record CompanyRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "at most 200 characters")
        String name,

        @NotBlank(message = "is required") String businessNumber,
        @NotNull(message = "is required") SizeClass sizeClass,
        @Size(max = 200, message = "at most 200 characters") String industry,
        @NotBlank(message = "is required") String region,
        LocalDate agreementStartsOn,
        LocalDate agreementEndsOn) {}
