package kr.axcampus.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.SqlValues;
import kr.axcampus.event.dto.EventView;
import kr.axcampus.event.dto.RegistrationView;

/**
 * Events as their readers see them: two queries for any number of events, one for the counts
 * (seats taken, waiting, checked in) and one for the reader's own places with their position on
 * the waiting list (1-based, in order of registration).
 */
@ApplicationScoped
class EventViews {
    private final EntityManager em;

    EventViews(EntityManager em) {
        this.em = em;
    }

    EventView of(SharingEvent event, UUID reader) {
        return of(List.of(event), reader).get(0);
    }

    List<EventView> of(List<SharingEvent> events, UUID reader) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(e -> e.id).toList();
        Map<UUID, long[]> counts = counts(ids);
        Map<UUID, RegistrationView> mine = places(ids, reader);
        return events.stream()
                .map(e -> {
                    long[] c = counts.getOrDefault(e.id, new long[3]);
                    return new EventView(
                            e.id.toString(),
                            e.title,
                            e.startsAt,
                            e.endsAt,
                            e.location,
                            e.capacity,
                            c[0],
                            c[1],
                            c[2],
                            mine.get(e.id));
                })
                .toList();
    }

    /** The reader's place at one event, or null. */
    RegistrationView place(UUID eventId, UUID reader) {
        return places(List.of(eventId), reader).get(eventId);
    }

    private Map<UUID, long[]> counts(List<UUID> ids) {
        List<?> rows = em.createNativeQuery("""
                SELECT r.event_id,
                       count(*) FILTER (WHERE r.status = 'REGISTERED'),
                       count(*) FILTER (WHERE r.status = 'WAITING'),
                       count(r.checked_in_at)
                FROM event_registration r WHERE r.event_id IN (:ids) GROUP BY r.event_id""").setParameter("ids", ids).getResultList();
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put((UUID) r[0], new long[] {SqlValues.count(r[1]), SqlValues.count(r[2]), SqlValues.count(r[3])});
        }
        return counts;
    }

    private Map<UUID, RegistrationView> places(List<UUID> ids, UUID reader) {
        List<?> rows = em.createNativeQuery("""
                SELECT r.event_id, r.status, r.checked_in_at,
                       (SELECT count(*) FROM event_registration w
                        WHERE w.event_id = r.event_id AND w.status = 'WAITING'
                          AND (w.registered_at, w.id) <= (r.registered_at, r.id))
                FROM event_registration r WHERE r.user_id = :reader AND r.event_id IN (:ids)""")
                .setParameter("reader", reader)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, RegistrationView> places = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            RegistrationStatus status = RegistrationStatus.valueOf((String) r[1]);
            places.put(
                    (UUID) r[0],
                    new RegistrationView(
                            status,
                            status == RegistrationStatus.WAITING ? (int) SqlValues.count(r[3]) : null,
                            SqlValues.instant(r[2])));
        }
        return places;
    }
}
