package kr.axcampus.practicum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** Independent practice a learner logs (자율 실습 기록); counts once approved, up to the course's cap. */
@Entity
@Table(name = "practice_log")
public class PracticeLog extends BaseEntity {
    public enum Status { PENDING, APPROVED, REJECTED }

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "user_id")
    public UUID userId;

    public int minutes;

    @Column(name = "performed_on")
    public LocalDate performedOn;

    public String description;

    @Column(name = "evidence_material_id")
    public UUID evidenceMaterialId;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;
}
