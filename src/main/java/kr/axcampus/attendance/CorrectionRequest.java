package kr.axcampus.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.Decided;

/** A learner asks for their own record to be corrected; an instructor decides. */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest extends Decided {
    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_status")
    public AttendanceStatus requestedStatus;

    @Column(name = "check_in_at")
    public Instant checkInAt;

    @Column(name = "check_out_at")
    public Instant checkOutAt;

    public String reason;

    @Column(name = "evidence_material_id")
    public UUID evidenceMaterialId;

    @Enumerated(EnumType.STRING)
    public Status status;

    void decide(UUID actor, Status decision, String reason) {
        status = decision;
        decidedBy(actor, reason);
    }
}
