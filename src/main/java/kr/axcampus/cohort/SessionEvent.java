package kr.axcampus.cohort;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A session moved or cancelled, by whom and why: the schedule's history, append-only. */
@Entity
@Table(name = "session_event")
public class SessionEvent extends BaseEntity {
    public enum Change {
        CHANGED,
        CANCELLED
    }

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    public Change change;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "prior_starts_at")
    public Instant priorStartsAt;

    @Column(name = "prior_ends_at")
    public Instant priorEndsAt;

    public String reason;
}
