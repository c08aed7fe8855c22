package kr.axcampus.notice.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.notice.NoticeKind;

/** A notice in its reader's inbox, written in the reader's language; {@code link} is the page to act on. */
@TemplateData
public record NoticeView(
        String id, NoticeKind kind, String title, String body, String link, Instant createdAt, Instant readAt) {
    public boolean unread() {
        return readAt == null;
    }
}
