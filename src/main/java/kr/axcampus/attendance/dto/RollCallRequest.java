package kr.axcampus.attendance.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.attendance.AttendanceStatus;

/** Roll call or correction: {@code {status, checkInAt, checkOutAt, reason}}. */
public record RollCallRequest(
        @NotNull AttendanceStatus status,
        OffsetDateTime checkInAt,
        OffsetDateTime checkOutAt,
        @Size(max = 500) String reason) {}
