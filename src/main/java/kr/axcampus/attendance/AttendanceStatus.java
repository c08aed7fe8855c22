package kr.axcampus.attendance;

/** 출석 · 지각 · 조퇴 · 결석 · 공결. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    LEFT_EARLY,
    ABSENT,
    EXCUSED;

    /** Whether the learner was there for some of the session. */
    public boolean attended() {
        return this == PRESENT || this == LATE || this == LEFT_EARLY;
    }
}
