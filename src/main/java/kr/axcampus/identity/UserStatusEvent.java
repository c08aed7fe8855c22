package kr.axcampus.identity;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** A person deactivated or reactivated by an operator, with the reason: the history of their account. */
@Entity
@Table(name = "user_status_event")
public class UserStatusEvent extends BaseEntity {
    public enum Change {
        DEACTIVATED,
        /** Pseudonymised on request (PIPA): the account can never be used again. */
        ERASED,
        REACTIVATED
    }

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "actor_id")
    public UUID actorId;

    @Enumerated(EnumType.STRING)
    public Change change;

    public String reason;
}
