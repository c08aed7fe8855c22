package kr.axcampus.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A person's place at a sharing event: a seat or a place on the waiting list, and their check-in. */
@Entity
@Table(name = "event_registration")
public class EventRegistration extends BaseEntity {
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    /** Orders the waiting list: the first to register is the first to move up. */
    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "promoted_at")
    public Instant promotedAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;
}
