package kr.axcampus.practicum;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What the practicum holds about a person: their practice logs and the adjustments made to their hours. */
@ApplicationScoped
public class PracticumPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public PracticumPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(
                        em,
                        "practiceLogs",
                        "SELECT * FROM practice_log WHERE user_id = :person ORDER BY created_at, id",
                        person),
                JsonRows.part(
                        em,
                        "practicumAdjustments",
                        "SELECT * FROM practicum_adjustment WHERE user_id = :person ORDER BY created_at, id",
                        person));
    }
}
