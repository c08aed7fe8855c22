package kr.axcampus.cohort;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A session (차시) of a cohort, with the secret its rotating check-in codes derive from. */
@Entity
@Table(name = "cohort_session")
public class CohortSession extends BaseEntity {
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    public SessionKind kind;

    public String location;

    @Column(name = "module_code")
    public String moduleCode;

    /** Never leaves the server; check-in codes are derived from it. */
    public byte[] secret;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Cancelled before it started: kept with its reason, no longer counted toward scheduled hours. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    public int minutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }
}
