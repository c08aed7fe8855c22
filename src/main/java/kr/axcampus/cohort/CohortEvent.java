package kr.axcampus.cohort;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A close or reopen of a cohort, with who and why; never changed. */
@Entity
@Table(name = "cohort_event")
public class CohortEvent extends BaseEntity {
    public enum Change {
        CLOSED,
        REOPENED
    }

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    public Change change;

    public String reason;
}
