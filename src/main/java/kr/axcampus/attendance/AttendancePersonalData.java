package kr.axcampus.attendance;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What attendance holds about a person: their records, every event of them, and their correction requests. */
@ApplicationScoped
public class AttendancePersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public AttendancePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "attendanceRecords", """
                        SELECT r.*, s.starts_at AS session_starts_at, s.ends_at AS session_ends_at
                        FROM attendance_record r JOIN cohort_session s ON s.id = r.session_id
                        WHERE r.user_id = :person ORDER BY s.starts_at, r.id""", person),
                JsonRows.part(
                        em,
                        "attendanceEvents",
                        "SELECT * FROM attendance_event WHERE user_id = :person ORDER BY at, id",
                        person),
                JsonRows.part(
                        em,
                        "correctionRequests",
                        "SELECT * FROM correction_request WHERE user_id = :person ORDER BY created_at, id",
                        person));
    }
}
