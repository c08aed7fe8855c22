package kr.axcampus.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import kr.axcampus.event.dto.CalendarEvent;

/** Sharing events for a person's calendar feed, in one query. */
@ApplicationScoped
public class EventCalendar {
    private final EntityManager em;

    public EventCalendar(EntityManager em) {
        this.em = em;
    }

    /**
     * The events ending at or after {@code from} that the person holds a seat at (not a place on the
     * waiting list), or every event of the centre when {@code everyEvent} (the access class decides:
     * the operators who hold them).
     */
    public List<CalendarEvent> of(UUID centerId, UUID person, Instant from, boolean everyEvent) {
        String seat = everyEvent
                ? ""
                : " and e.id in (select r.eventId from EventRegistration r where r.userId = :me and r.status = :seat)";
        TypedQuery<SharingEvent> query = em.createQuery(
                        "select e from SharingEvent e where e.centerId = :center and e.endsAt >= :from" + seat
                                + " order by e.startsAt, e.id",
                        SharingEvent.class)
                .setParameter("center", centerId)
                .setParameter("from", from);
        if (!everyEvent) {
            query.setParameter("me", person).setParameter("seat", RegistrationStatus.REGISTERED);
        }
        return query.getResultStream()
                .map(e -> new CalendarEvent(e.id, e.title, e.startsAt, e.endsAt, e.location, e.updatedAt))
                .toList();
    }
}
