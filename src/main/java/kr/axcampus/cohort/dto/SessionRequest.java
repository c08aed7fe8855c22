package kr.axcampus.cohort.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.cohort.SessionKind;

/** A session to schedule: API.md {@code {startsAt, endsAt, kind, location}}; instants with offset. */
public record SessionRequest(
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull SessionKind kind,
        @Size(max = 500) String location) {}
