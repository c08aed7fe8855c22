package kr.axcampus.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What the catalogue holds about a person: their progress through online lessons. */
@ApplicationScoped
public class CatalogPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public CatalogPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(
                em,
                "lessonProgress",
                "SELECT * FROM lesson_progress WHERE user_id = :person ORDER BY last_viewed_at, lesson_id",
                person));
    }

    /** Online lesson progress is not evidence a funder needs: it goes. */
    @Override
    public Runnable erase(UUID person) {
        em.createNativeQuery("DELETE FROM lesson_progress WHERE user_id = :person")
                .setParameter("person", person)
                .executeUpdate();
        return () -> {};
    }
}
