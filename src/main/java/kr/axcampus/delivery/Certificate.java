package kr.axcampus.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/**
 * A certificate of completion for a frozen COMPLETED result, known by its serial; anyone can
 * verify it. Revoked by an operator (with a reason), or when a reopened cohort's next close no
 * longer finds the learner completed.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends BaseEntity {
    public String serial;

    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "result_id")
    public UUID resultId;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public UUID revokedBy;

    @Column(name = "revoke_reason")
    public String revokeReason;

    public boolean valid() {
        return revokedAt == null;
    }
}
