package kr.axcampus.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.AttendanceStatus;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;

/**
 * Sessions and attendance for the demo cohorts, so the demo shows what the rules do: a
 * session open for check-in now, a learner on track and one at risk, a finished cohort
 * with one learner completed and one not.
 */
@ApplicationScoped
class DemoAttendance {
    private static final int HALF_DAY = 240;

    private final SessionService sessions;
    private final AttendanceService attendance;

    DemoAttendance(SessionService sessions, AttendanceService attendance) {
        this.sessions = sessions;
        this.attendance = attendance;
    }

    /** The running cohort: four past practicum half-days, one open now, three ahead; kept open on every start. */
    void running(Caller operator, String cohortId, String onTrack, String atRisk) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        List<SessionView> existing = sessions.list(operator, cohortId);
        if (existing.isEmpty()) {
            for (int day = 4; day >= 1; day--) {
                SessionView past = session(operator, cohortId, now.minus(Duration.ofDays(day)), SessionKind.PRACTICUM);
                roll(operator, past, onTrack, AttendanceStatus.PRESENT);
                roll(operator, past, atRisk, day == 4 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
            }
            for (int day = 1; day <= 2; day++) {
                session(operator, cohortId, now.plus(Duration.ofDays(day)), SessionKind.PRACTICUM);
            }
            session(operator, cohortId, now.plus(Duration.ofDays(3)), SessionKind.LECTURE);
        }
        boolean openNow = existing.stream()
                .anyMatch(s -> !now.isBefore(s.startsAt().minus(Duration.ofMinutes(30))) && now.isBefore(s.endsAt()));
        if (!openNow) {
            session(operator, cohortId, now.minus(Duration.ofMinutes(15)), SessionKind.PRACTICUM);
        }
    }

    /** The finished cohort: six practicum sessions of three hours; one learner missed the last hour. */
    void finished(Caller operator, String cohortId, String completed, String shortOfHours) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(30));
        for (int i = 0; i < 6; i++) {
            Instant at = start.plus(Duration.ofDays(i));
            SessionView s = sessions.create(
                    operator,
                    cohortId,
                    new SessionRequest(
                            at.atOffset(ZoneOffset.UTC),
                            at.plus(Duration.ofMinutes(180)).atOffset(ZoneOffset.UTC),
                            SessionKind.PRACTICUM,
                            "본관 301호 실습실"));
            roll(operator, s, completed, AttendanceStatus.PRESENT);
            if (i < 5) {
                roll(operator, s, shortOfHours, AttendanceStatus.PRESENT);
            } else {
                attendance.rollCall(
                        operator,
                        s.id(),
                        shortOfHours,
                        new RollCallRequest(
                                AttendanceStatus.LEFT_EARLY,
                                s.startsAt().atOffset(ZoneOffset.UTC),
                                s.endsAt().minusSeconds(3600).atOffset(ZoneOffset.UTC),
                                null));
            }
        }
    }

    private SessionView session(Caller operator, String cohortId, Instant start, SessionKind kind) {
        return sessions.create(
                operator,
                cohortId,
                new SessionRequest(
                        start.atOffset(ZoneOffset.UTC),
                        start.plus(Duration.ofMinutes(HALF_DAY)).atOffset(ZoneOffset.UTC),
                        kind,
                        "본관 301호 실습실"));
    }

    private void roll(Caller operator, SessionView session, String learner, AttendanceStatus status) {
        attendance.rollCall(operator, session.id(), learner, new RollCallRequest(status, null, null, null));
    }
}
