package kr.axcampus.organization.dto;

import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

import kr.axcampus.organization.BusinessNumber;
import kr.axcampus.organization.Company;
import kr.axcampus.organization.SizeClass;

/** A partner company as the API shows it. */
@TemplateData
public record CompanyView(
        String id,
        String name,
        String businessNumber,
        SizeClass sizeClass,
        String industry,
        String region,
        LocalDate agreementStartsOn,
        LocalDate agreementEndsOn,
        String industrySection) {

    public static CompanyView of(Company c) {
        return new CompanyView(
                c.id.toString(),
                c.name,
                BusinessNumber.format(c.businessNumber),
                c.sizeClass,
                c.industry,
                c.region,
                c.agreementStartsOn,
                c.agreementEndsOn,
                c.industrySection);
    }
}
