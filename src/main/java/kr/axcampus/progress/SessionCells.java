package kr.axcampus.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.attendance.AttendanceRules;
import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.CheckInWindow;
import kr.axcampus.attendance.CorrectionService;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.cohort.dto.SessionView;

/** Learners × sessions from one query of the cohort's records; the windows come from the attendance rules. */
@ApplicationScoped
class SessionCells {
    private final AttendanceService attendance;
    private final CorrectionService corrections;
    private final AttendanceRules rules;

    SessionCells(AttendanceService attendance, CorrectionService corrections, AttendanceRules rules) {
        this.attendance = attendance;
        this.corrections = corrections;
        this.rules = rules;
    }

    /** Each learner's cells in session order. */
    Map<String, List<SessionCell>> of(UUID cohortId, List<SessionView> schedule, List<String> userIds) {
        Map<String, RecordView> records = new HashMap<>();
        for (RecordView r : attendance.recordsOfCohort(cohortId)) {
            records.put(r.sessionId() + "/" + r.userId(), r);
        }
        Instant now = Instant.now();
        Map<String, List<SessionCell>> byLearner = new HashMap<>();
        for (String userId : userIds) {
            List<SessionCell> cells = new ArrayList<>(schedule.size());
            for (SessionView s : schedule) {
                RecordView r = records.get(s.id() + "/" + userId);
                CheckInWindow window = CheckInWindow.of(rules, s.startsAt(), s.endsAt());
                boolean checkOut = window.mayCheckOut(r, now);
                cells.add(new SessionCell(
                        s,
                        r == null || r.status() == null ? "" : r.status().name(),
                        r == null ? 0 : r.creditedMinutes(),
                        window.mayCheckIn(r, now) || checkOut,
                        checkOut,
                        corrections.correctable(s.startsAt(), s.endsAt(), now)));
            }
            byLearner.put(userId, cells);
        }
        return byLearner;
    }
}
