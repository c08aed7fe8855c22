package kr.axcampus.cohort;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A learner in a cohort; one per (cohort, learner), enforced by the database. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends BaseEntity {
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "company_id")
    public UUID companyId;

    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status;

    @Column(name = "enrolled_at")
    public Instant enrolledAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
}
