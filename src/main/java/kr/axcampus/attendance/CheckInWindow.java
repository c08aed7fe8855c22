package kr.axcampus.attendance;

import java.time.Instant;

import kr.axcampus.attendance.dto.RecordView;

/**
 * One session's check-in window (DESIGN.md §4): self check-in opens before the start and
 * closes at the end, check-out closes a little after the end; arriving after start + the late
 * threshold is LATE, leaving before end − the early threshold is LEFT_EARLY. Check-in, check-out
 * and the pages that offer them all ask this one class.
 */
public record CheckInWindow(Instant startsAt, Instant endsAt, AttendanceRules rules) {

    public static CheckInWindow of(AttendanceRules rules, Instant startsAt, Instant endsAt) {
        return new CheckInWindow(startsAt, endsAt, rules);
    }

    /** The first instant a learner may check in. */
    public Instant opens() {
        return startsAt.minus(rules.checkInOpensBefore());
    }

    /** The last instant a learner may check in: the session's end. */
    public Instant checkInCloses() {
        return endsAt;
    }

    /** The last instant a learner may check out. */
    public Instant checkOutCloses() {
        return endsAt.plus(rules.checkOutClosesAfter());
    }

    public boolean acceptsCheckIn(Instant at) {
        return !at.isBefore(opens()) && !at.isAfter(checkInCloses());
    }

    public boolean acceptsCheckOut(Instant at) {
        return !at.isBefore(opens()) && !at.isAfter(checkOutCloses());
    }

    /** Whether either self check-in or check-out is possible now: pages offer the check-in screen. */
    public boolean open(Instant at) {
        return acceptsCheckOut(at);
    }

    /** A check-in at this instant is LATE. */
    public boolean late(Instant checkInAt) {
        return checkInAt.isAfter(startsAt.plus(rules.lateAfter()));
    }

    /** A check-out at this instant is LEFT_EARLY. */
    public boolean leftEarly(Instant checkOutAt) {
        return checkOutAt.isBefore(endsAt.minus(rules.leftEarlyBefore()));
    }

    /** A learner without a record for the session may check in now. */
    public boolean mayCheckIn(RecordView record, Instant at) {
        return record == null && acceptsCheckIn(at);
    }

    /** A learner who checked in and not yet out may check out now. */
    public boolean mayCheckOut(RecordView record, Instant at) {
        return record != null && record.checkInAt() != null && record.checkOutAt() == null && acceptsCheckOut(at);
    }
}
