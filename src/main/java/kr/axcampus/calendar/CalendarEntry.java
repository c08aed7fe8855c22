package kr.axcampus.calendar;

import java.time.Instant;

/**
 * One event of a calendar, in the words it will show: a session, a sharing event or a coaching
 * visit. {@code uid} stays the same for the life of the thing it shows, so calendar apps update
 * rather than duplicate; {@code place} and {@code link} are exclusive (a session's location is one
 * or the other).
 */
record CalendarEntry(
        String uid,
        String summary,
        String description,
        Instant startsAt,
        Instant endsAt,
        String place,
        String link,
        boolean cancelled,
        Instant updatedAt,
        int sequence) {}
