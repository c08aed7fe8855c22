package kr.axcampus.practicum;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A manual line in a learner's practicum ledger, either sign, always with a reason. */
@Entity
@Table(name = "practicum_adjustment")
public class PracticumAdjustment extends BaseEntity {
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "user_id")
    public UUID userId;

    public int minutes;

    public String reason;

    @Column(name = "actor_id")
    public UUID actorId;
}
