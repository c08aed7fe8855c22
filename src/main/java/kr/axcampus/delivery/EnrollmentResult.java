package kr.axcampus.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;
import kr.axcampus.progress.dto.Progress;

/**
 * A learner's result in a cohort as it was frozen at one close (a round); a reopen supersedes it
 * and the next close freezes a new round. Never changed otherwise: it is what reports and
 * certificates prove.
 */
@Entity
@Table(name = "enrollment_result")
public class EnrollmentResult extends BaseEntity {
    public enum Outcome {
        COMPLETED,
        NOT_COMPLETED
    }

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "company_id")
    public UUID companyId;

    public int round;

    @Enumerated(EnumType.STRING)
    public Outcome result;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Progress.Reason> reasons;

    @Column(name = "scheduled_minutes")
    public int scheduledMinutes;

    @Column(name = "credited_minutes")
    public int creditedMinutes;

    @Column(name = "practicum_minutes")
    public int practicumMinutes;

    @Column(name = "attendance_rate")
    public BigDecimal attendanceRate;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "superseded_at")
    public Instant supersededAt;
}
