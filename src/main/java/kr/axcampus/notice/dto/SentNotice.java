package kr.axcampus.notice.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.notice.MailState;
import kr.axcampus.notice.NoticeKind;

/** A notice's mail copy as the operators see it on "보낸 알림": to whom, what, and how it went. */
@TemplateData
public record SentNotice(
        String id,
        NoticeKind kind,
        String recipientId,
        String recipientName,
        String to,
        String subject,
        String body,
        MailState state,
        int attempts,
        String error,
        Instant createdAt,
        Instant doneAt) {}
