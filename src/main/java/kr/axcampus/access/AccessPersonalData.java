package kr.axcampus.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** Who read the person's data (the access log), without the other people a read included. */
@ApplicationScoped
public class AccessPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public AccessPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(em, "readsOfTheirData", """
                        SELECT r.at, r.actor_id, a.name AS actor_name, r.actor_roles, r.kind, r.context_id
                        FROM personal_data_read r LEFT JOIN app_user a ON a.id = r.actor_id
                        WHERE r.subject_ids @> ARRAY[CAST(:person AS uuid)] ORDER BY r.at, r.id""", person));
    }
}
