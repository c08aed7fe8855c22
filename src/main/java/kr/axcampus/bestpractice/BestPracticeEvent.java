package kr.axcampus.bestpractice;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One change of a case (its state, its consent, its text) with who made it; never changed. */
@Entity
@Table(name = "best_practice_event")
public class BestPracticeEvent extends BaseEntity {
    @Column(name = "practice_id")
    public UUID practiceId;

    @Column(name = "actor_id")
    public UUID actorId;

    public String action;

    public String detail;
}
