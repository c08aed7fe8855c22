package kr.axcampus.practicum;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.Decided;

/** Independent practice a learner logs (자율 실습 기록); counts once approved, up to the course's cap. */
@Entity
@Table(name = "practice_log")
public class PracticeLog extends Decided {
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

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

    void decide(UUID actor, Status decision, String reason) {
        status = decision;
        decidedBy(actor, reason);
    }
}
