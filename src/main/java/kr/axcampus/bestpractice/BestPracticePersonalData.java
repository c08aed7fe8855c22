package kr.axcampus.bestpractice;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What stage 3 holds about a person: the cases they wrote and what they changed in any case
 * (consent given as a CEO, publishing as an operator). On erasure the cases stay — they are the
 * company's story, consented to by its CEO — and name the author only through the pseudonym.
 */
@ApplicationScoped
public class BestPracticePersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public BestPracticePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "bestPractices", """
                        SELECT b.id, b.company_id, b.title, b.status, b.created_at
                        FROM best_practice b WHERE b.author_id = :person ORDER BY b.created_at, b.id""", person), JsonRows.part(em, "bestPracticeChanges", """
                        SELECT e.practice_id, e.action, e.detail, e.created_at FROM best_practice_event e
                        WHERE e.actor_id = :person ORDER BY e.created_at, e.id""", person));
    }
}
