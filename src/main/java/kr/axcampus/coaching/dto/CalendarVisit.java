package kr.axcampus.coaching.dto;

import java.time.Instant;
import java.util.UUID;

/**
 * A coaching visit as a calendar shows it: the request it serves, when, on site (at the company
 * named) or online, and whether the person whose calendar it is makes the visit as the coach.
 */
public record CalendarVisit(
        UUID id,
        String requestTitle,
        Instant startsAt,
        Instant endsAt,
        boolean onSite,
        String companyName,
        Instant updatedAt,
        boolean coaching) {}
