package kr.axcampus.notice;

import java.util.UUID;

/** A notice's mail as it leaves: the notice's id names it (Message-ID), so a resend is recognisable. */
public record OutgoingMail(UUID noticeId, NoticeKind kind, String to, String subject, String body) {}
