package kr.axcampus.event.dto;

import java.time.Instant;
import java.util.UUID;

/** A sharing event as a calendar shows it. */
public record CalendarEvent(
        UUID id, String title, Instant startsAt, Instant endsAt, String location, Instant updatedAt) {}
