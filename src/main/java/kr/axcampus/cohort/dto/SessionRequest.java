package kr.axcampus.cohort.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kr.axcampus.cohort.SessionKind;

/**
 * A session to schedule: API.md {@code {startsAt, endsAt, kind, location}}; instants with offset.
 * {@code reason}, when a session is moved, is kept in the session's history.
 */
public record SessionRequest(
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotNull SessionKind kind,
        @Size(max = 500) String location,
        @Size(max = 500) String reason) {

    public SessionRequest(OffsetDateTime startsAt, OffsetDateTime endsAt, SessionKind kind, String location) {
        this(startsAt, endsAt, kind, location, null);
    }
}
