package kr.axcampus.attendance.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

import kr.axcampus.attendance.AttendanceStatus;
import kr.axcampus.attendance.CheckInMethod;

/** A learner's record at a session; {@code status} is null when nothing is recorded yet. */
@TemplateData
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordView(
        String sessionId,
        String userId,
        String name,
        AttendanceStatus status,
        Instant checkInAt,
        Instant checkOutAt,
        int creditedMinutes,
        CheckInMethod method) {}
