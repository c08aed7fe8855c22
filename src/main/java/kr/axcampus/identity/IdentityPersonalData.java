package kr.axcampus.identity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/** What identity holds about a person: the account (never the password's hash) and its status history. */
@ApplicationScoped
public class IdentityPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public IdentityPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "account", """
                        SELECT u.id, u.email, u.name, u.roles, u.company_id, c.name AS company_name, u.department,
                               u.job_title, u.active, u.created_at, u.updated_at
                        FROM app_user u LEFT JOIN company c ON c.id = u.company_id WHERE u.id = :person""", person),
                JsonRows.part(
                        em,
                        "accountHistory",
                        "SELECT * FROM user_status_event WHERE user_id = :person ORDER BY created_at, id",
                        person));
    }
}
