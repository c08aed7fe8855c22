package kr.axcampus.cohort;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What cohorts hold about a person: their enrolments and the cohorts they teach. */
@ApplicationScoped
public class CohortPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public CohortPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(em, "enrolments", """
                        SELECT e.*, c.code AS cohort_code FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                        WHERE e.user_id = :person ORDER BY e.enrolled_at, e.id""", person), JsonRows.part(em, "teaching", """
                        SELECT i.cohort_id, c.code AS cohort_code FROM cohort_instructor i JOIN cohort c ON c.id = i.cohort_id
                        WHERE i.user_id = :person ORDER BY c.code""", person));
    }
}
