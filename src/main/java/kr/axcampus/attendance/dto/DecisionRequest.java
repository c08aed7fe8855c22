package kr.axcampus.attendance.dto;

import jakarta.validation.constraints.Size;

/** An instructor's decision: {@code {reason}} (required to reject). */
public record DecisionRequest(@Size(max = 500) String reason) {}
