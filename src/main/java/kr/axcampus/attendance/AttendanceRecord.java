package kr.axcampus.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import kr.axcampus.cohort.SessionContext;
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

    /**
     * Whole minutes of [check-in, check-out] inside the session (DESIGN.md §4); without a
     * check-out, up to the session's end only once it has been closed.
     */
    int creditWithin(SessionContext session) {
        if (checkInAt == null || !status.attended()) {
            return 0;
        }
        Instant end = checkOutAt != null ? checkOutAt : session.closedAt() != null ? session.endsAt() : null;
        if (end == null) {
            return 0;
        }
        Instant from = checkInAt.isAfter(session.startsAt()) ? checkInAt : session.startsAt();
        Instant to = end.isBefore(session.endsAt()) ? end : session.endsAt();
        return to.isAfter(from) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    RecordState state() {
        return new RecordState(status, checkInAt, checkOutAt, creditedMinutes, method);
    }
}
