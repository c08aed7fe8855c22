package kr.axcampus.attendance.dto;

import io.quarkus.qute.TemplateData;

/**
 * Where a learner stands with one session now: their record (null before any), and what the
 * check-in window lets them do — check in, check out, and whether checking out now records
 * leaving early (조퇴).
 */
@TemplateData
public record Standing(RecordView record, boolean mayCheckIn, boolean mayCheckOut, boolean wouldLeaveEarly) {

    public boolean checkedIn() {
        return record != null && record.checkInAt() != null;
    }
}
