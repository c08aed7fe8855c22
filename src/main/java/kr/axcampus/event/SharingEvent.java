package kr.axcampus.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/**
 * A best-practice sharing event (우수사례 공유회) of a centre: no course, no completion, a capacity
 * with a waiting list, and the secret its rotating check-in codes derive from.
 */
@Entity
@Table(name = "sharing_event")
public class SharingEvent extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    public String title;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String location;

    public int capacity;

    public byte[] secret;

    @Column(name = "created_by")
    public UUID createdBy;
}
