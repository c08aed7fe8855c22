package kr.axcampus.notice;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.axcampus.common.BaseEntity;

/**
 * One notice to one person: its inbox entry and its mail copy in one row (the outbox). Written
 * only by {@link Notices#post} (insert-once on the unique key) and the mail queue's updates.
 */
@Entity
@Table(name = "notice")
public class Notice extends BaseEntity {
    @Column(name = "center_id")
    public UUID centerId;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String occasion;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> facts;

    public String link;

    @Column(name = "read_at")
    public Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state")
    public MailState mailState;

    @Column(name = "mail_attempts")
    public int mailAttempts;

    @Column(name = "mail_next_at")
    public Instant mailNextAt;

    @Column(name = "mail_done_at")
    public Instant mailDoneAt;

    @Column(name = "mail_to")
    public String mailTo;

    @Column(name = "mail_subject")
    public String mailSubject;

    @Column(name = "mail_body")
    public String mailBody;

    @Column(name = "mail_error")
    public String mailError;
}
