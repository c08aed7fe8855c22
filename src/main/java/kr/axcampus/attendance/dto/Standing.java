package kr.axcampus.attendance.dto;

import io.quarkus.qute.TemplateData;

/**
 * Where a learner stands with one session now: their record (null before any), and what the
 * check-in window lets them do — check in, or check out (the check-in page asks first when that
 * would record leaving early).
 */
@TemplateData
public record Standing(RecordView record, boolean mayCheckIn, boolean mayCheckOut) {}
