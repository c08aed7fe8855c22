package kr.axcampus.attendance.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.attendance.AttendanceStatus;

/** A learner's correction request for their own record, with optional evidence. */
public record CorrectionRequestBody(
        @NotNull AttendanceStatus requestedStatus,
        OffsetDateTime checkInAt,
        OffsetDateTime checkOutAt,
        @NotBlank @Size(max = 1000) String reason,
        String evidenceMaterialId) {}
