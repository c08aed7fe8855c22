package kr.axcampus.organization.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;
import kr.axcampus.organization.SizeClass;

/** The company form as typed, kept verbatim so a rejected form comes back with the user's input. */
@TemplateData
public class CompanyForm {
    @RestForm
    public String name = "";

    @RestForm
    public String businessNumber = "";

    @RestForm
    public String sizeClass = "";

    @RestForm
    public String industry = "";

    /** A code of the fixed list; blank files the company by the {@code industry} text. */
    @RestForm
    public String industrySection = "";

    @RestForm
    public String region = "";

    @RestForm
    public String agreementStartsOn = "";

    @RestForm
    public String agreementEndsOn = "";

    public static CompanyForm of(CompanyView c) {
        CompanyForm form = new CompanyForm();
        form.name = c.name();
        form.businessNumber = c.businessNumber();
        form.sizeClass = c.sizeClass().name();
        form.industry = c.industry() == null ? "" : c.industry();
        form.industrySection = c.industrySection() == null ? "" : c.industrySection();
        form.region = c.region();
        form.agreementStartsOn =
                c.agreementStartsOn() == null ? "" : c.agreementStartsOn().toString();
        form.agreementEndsOn =
                c.agreementEndsOn() == null ? "" : c.agreementEndsOn().toString();
        return form;
    }

    /** The request the service checks; fields a form cannot even parse are reported here. */
    public CompanyRequest toRequest() {
        List<FieldError> errors = new ArrayList<>();
        SizeClass size = null;
        try {
            size = sizeClass == null || sizeClass.isBlank() ? null : SizeClass.valueOf(sizeClass);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.coded("sizeClass", "unknown-value", "unknown size class"));
        }
        LocalDate starts = FormValues.date("agreementStartsOn", agreementStartsOn, errors);
        LocalDate ends = FormValues.date("agreementEndsOn", agreementEndsOn, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CompanyRequest(name, businessNumber, size, industry, region, starts, ends, industrySection);
    }
}
