package kr.axcampus.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.common.BaseEntity;

/** One learner at one session; the database allows only one. Every change is also an event. */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord extends BaseEntity {
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    @Column(name = "check_in_at")
    public Instant checkInAt;

    @Column(name = "check_out_at")
    public Instant checkOutAt;

    @Enumerated(EnumType.STRING)
    public CheckInMethod method;

    @Column(name = "credited_minutes")
    public int creditedMinutes;

    RecordState state() {
        return new RecordState(status, checkInAt, checkOutAt, creditedMinutes, method);
    }
}
