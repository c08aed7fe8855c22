package kr.axcampus.attendance.dto;

import java.time.Instant;

/** The live code for the projector: {@code {code, validUntil, checkInUrl}}. */
public record CheckInCodeView(String code, Instant validUntil, String checkInUrl) {}
