package kr.axcampus.cohort.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a session will not take place; learners and the history read it. */
public record CancelSessionRequest(
        @NotBlank @Size(max = 500) String reason) {}
