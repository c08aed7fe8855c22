package kr.axcampus.event;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What sharing events hold about a person: their registrations and check-ins. On erasure they leave
 * the events still to come (their seats go to the waiting list); past ones stay under the pseudonym.
 */
@ApplicationScoped
public class EventPersonalData implements PersonalDataHolder {
    private final EventRegistrations registrations;
    private final EntityManager em;

    public EventPersonalData(EventRegistrations registrations, EntityManager em) {
        this.registrations = registrations;
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(em, "eventRegistrations", """
                SELECT r.event_id, e.title, e.starts_at, e.ends_at, e.location, r.status, r.registered_at,
                       r.promoted_at, r.checked_in_at
                FROM event_registration r JOIN sharing_event e ON e.id = r.event_id
                WHERE r.user_id = :person ORDER BY r.registered_at, r.id""", person));
    }

    @Override
    public Runnable erase(UUID person) {
        registrations.withdrawFromComingEvents(person);
        return () -> {};
    }
}
