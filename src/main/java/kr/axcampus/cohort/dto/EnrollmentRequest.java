package kr.axcampus.cohort.dto;

import jakarta.validation.constraints.NotBlank;

public record EnrollmentRequest(@NotBlank String userId) {}
