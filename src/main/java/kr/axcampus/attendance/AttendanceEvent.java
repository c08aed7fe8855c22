package kr.axcampus.attendance;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import kr.axcampus.common.Moment;

/** One change to an attendance record: append-only, never updated or deleted. */
@Entity
@Table(name = "attendance_event")
public class AttendanceEvent extends PanacheEntityBase {
    public enum Kind {
        CHECK_IN,
        CHECK_OUT,
        ROLL_CALL,
        CORRECTION,
        REQUEST_ACCEPTED,
        SESSION_CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "actor_id")
    public UUID actorId;

    public Instant at;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public RecordState before;

    @JdbcTypeCode(SqlTypes.JSON)
    public RecordState after;

    public String reason;

    static void append(
            UUID sessionId,
            UUID userId,
            UUID actorId,
            Kind kind,
            RecordState before,
            RecordState after,
            String reason) {
        AttendanceEvent event = new AttendanceEvent();
        event.id = UUID.randomUUID();
        event.sessionId = sessionId;
        event.userId = userId;
        event.actorId = actorId;
        event.at = Moment.now();
        event.kind = kind;
        event.before = before;
        event.after = after;
        event.reason = reason;
        event.persist();
    }
}
