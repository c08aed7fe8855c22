package kr.axcampus.attendance;

import java.time.Instant;

/** A record's values at one moment: the before and after of an event. */
public record RecordState(
        AttendanceStatus status, Instant checkInAt, Instant checkOutAt, int creditedMinutes, CheckInMethod method) {}
