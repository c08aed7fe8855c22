package kr.axcampus.organization.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.organization.SizeClass;

/**
 * A partner company as an operator registers or edits it; {@code industrySection} is a code of
 * GET /api/industries (KSIC section or OTHER), or absent to file {@code industry}'s text.
 */
public record CompanyRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "at most 200 characters")
        String name,

        @NotBlank(message = "is required") String businessNumber,
        @NotNull(message = "is required") SizeClass sizeClass,
        @Size(max = 200, message = "at most 200 characters") String industry,
        @NotBlank(message = "is required") String region,
        LocalDate agreementStartsOn,
        LocalDate agreementEndsOn,
        String industrySection) {

    /**
     * Without {@code industrySection}: the industry is filed from the {@code industry} text (API
     * clients of the first contract, the company form).
     */
    public CompanyRequest(
            String name,
            String businessNumber,
            SizeClass sizeClass,
            String industry,
            String region,
            LocalDate agreementStartsOn,
            LocalDate agreementEndsOn) {
        this(name, businessNumber, sizeClass, industry, region, agreementStartsOn, agreementEndsOn, null);
    }
}
