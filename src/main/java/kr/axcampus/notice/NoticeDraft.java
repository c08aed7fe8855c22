package kr.axcampus.notice;

import java.util.Map;
import java.util.UUID;

/**
 * A notice before it has recipients: what it is about ({@code subjectId}) and on which occasion —
 * the pair that, with the kind and the recipient, makes it happen once — the facts its text is
 * written from, and the page to act on.
 */
public record NoticeDraft(
        NoticeKind kind, UUID centerId, UUID subjectId, String occasion, Map<String, String> facts, String link) {}
