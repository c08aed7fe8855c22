package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A step of the company's business process that costs time, found on site, with its AI opportunity. */
@Entity
@Table(name = "bottleneck")
public class Bottleneck extends BaseEntity {
    @Column(name = "diagnosis_id")
    public UUID diagnosisId;

    public String process;

    public String pain;

    @Column(name = "hours_lost_per_month")
    public BigDecimal hoursLostPerMonth;

    @Column(name = "people_affected")
    public int peopleAffected;

    @Column(name = "opportunity_tag")
    public String opportunityTag;

    public int impact;

    public int feasibility;

    /** Impact × feasibility, as the database computes it for ordering. */
    public int priority() {
        return impact * feasibility;
    }
}
