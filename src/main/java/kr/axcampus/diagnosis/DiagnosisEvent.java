package kr.axcampus.diagnosis;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One change of a diagnosis, its bottlenecks or roadmap, with who made it; never changed. */
@Entity
@Table(name = "diagnosis_event")
public class DiagnosisEvent extends BaseEntity {
    @Column(name = "diagnosis_id")
    public UUID diagnosisId;

    @Column(name = "actor_id")
    public UUID actorId;

    public String action;

    public String detail;
}
