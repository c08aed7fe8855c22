package kr.axcampus.event.dto;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A sharing event to hold: API.md {@code {title, startsAt, endsAt, location, capacity}}; instants with offset. */
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt,
        @NotBlank @Size(max = 500) String location,
        @NotNull @Min(1) Integer capacity) {}
