package kr.axcampus.coaching;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One change of a coaching request: who, when, from which status to which, and why; never changed. */
@Entity
@Table(name = "coaching_event")
public class CoachingEvent extends BaseEntity {
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "actor_id")
    public UUID actorId;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CoachingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CoachingStatus toStatus;

    public String detail;
}
