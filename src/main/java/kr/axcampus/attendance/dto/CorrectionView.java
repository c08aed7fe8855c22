package kr.axcampus.attendance.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.attendance.AttendanceStatus;

@TemplateData
public record CorrectionView(
        String id,
        String sessionId,
        String userId,
        AttendanceStatus requestedStatus,
        Instant checkInAt,
        Instant checkOutAt,
        String reason,
        String evidenceMaterialId,
        String status,
        String decidedBy,
        Instant decidedAt,
        String decisionReason) {}
