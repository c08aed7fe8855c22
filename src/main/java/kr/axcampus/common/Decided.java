package kr.axcampus.common;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Something a learner asks for and an instructor decides: who decided, when, and why. */
@MappedSuperclass
public abstract class Decided extends BaseEntity {
    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    protected void decidedBy(UUID actor, String reason) {
        decidedBy = actor;
        decidedAt = Moment.now();
        decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
    }
}
