package kr.axcampus.diagnosis;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What stage 1 holds about a person: the roadmap lines that name them, and the diagnoses they took
 * part in as the expert or by a change (answering, signing off). On erasure they leave the roadmaps
 * (a plan, not evidence of delivery); the diagnoses keep who did what under the pseudonym.
 */
@ApplicationScoped
public class DiagnosisPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public DiagnosisPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "roadmapItems", """
                        SELECT i.id, i.diagnosis_id, d.company_id, i.course_code, i.role, i.target_quarter, i.cohort_id
                        FROM roadmap_person p JOIN roadmap_item i ON i.id = p.item_id JOIN diagnosis d ON d.id = i.diagnosis_id
                        WHERE p.user_id = :person ORDER BY i.created_at, i.id""", person), JsonRows.part(em, "diagnosisChanges", """
                        SELECT e.diagnosis_id, e.action, e.detail, e.created_at FROM diagnosis_event e
                        WHERE e.actor_id = :person ORDER BY e.created_at, e.id""", person));
    }

    @Override
    public Runnable erase(UUID person) {
        em.createNativeQuery("DELETE FROM roadmap_person WHERE user_id = ?1")
                .setParameter(1, person)
                .executeUpdate();
        return () -> {};
    }
}
