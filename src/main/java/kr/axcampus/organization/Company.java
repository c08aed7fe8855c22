package kr.axcampus.organization;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A partner company under agreement with a centre (협약기업). */
@Entity
@Table(name = "company")
public class Company extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    public String name;

    /** Ten digits, no separators. */
    @Column(name = "business_number")
    public String businessNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    public SizeClass sizeClass;

    public String industry;

    /** A code of content/industries.yaml: a KSIC section or OTHER. */
    @Column(name = "industry_section")
    public String industrySection;

    public String region;

    @Column(name = "agreement_starts_on")
    public LocalDate agreementStartsOn;

    @Column(name = "agreement_ends_on")
    public LocalDate agreementEndsOn;
}
