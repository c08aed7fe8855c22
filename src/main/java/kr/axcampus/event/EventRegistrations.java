package kr.axcampus.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.event.dto.RegistrationView;

/**
 * Registering for a sharing event and cancelling: a seat while there is one, else a place on the
 * waiting list; a cancelled seat goes to the first waiting person. Every change holds the event's
 * row lock, so concurrent registrations and cancellations count seats exactly once.
 */
@ApplicationScoped
public class EventRegistrations {
    private final EventService events;
    private final EventViews views;

    public EventRegistrations(EventService events, EventViews views) {
        this.events = events;
        this.views = views;
    }

    /** The caller's registration, and whether this call made it (a repeat answers the existing one). */
    public record Outcome(RegistrationView registration, boolean created) {}

    @Transactional
    public Outcome register(Caller caller, String eventId) {
        SharingEvent event = events.locked(caller, eventId);
        EventRegistration existing = of(event, caller);
        if (existing != null) {
            return new Outcome(views.place(event.id, caller.id()), false);
        }
        Instant now = Moment.now();
        if (!now.isBefore(event.endsAt)) {
            throw new ProblemException(409, "event-ended", "Event ended", "the event ended at " + event.endsAt, null);
        }
        EventRegistration registration = new EventRegistration();
        registration.eventId = event.id;
        registration.userId = caller.id();
        registration.registeredAt = now;
        registration.status =
                seatsTaken(event) < event.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        registration.persistAndFlush();
        return new Outcome(views.place(event.id, caller.id()), true);
    }

    /**
     * Cancels the caller's registration; a freed seat goes to the first waiting person. Without a
     * registration (never made, or already cancelled) the answer is 404; after checking in, 409.
     */
    @Transactional
    public void cancel(Caller caller, String eventId) {
        SharingEvent event = events.locked(caller, eventId);
        EventRegistration registration = of(event, caller);
        if (registration == null) {
            throw ProblemException.notFound("registration");
        }
        if (registration.checkedInAt != null) {
            throw new ProblemException(
                    409, "checked-in", "Checked in", "a registration that checked in cannot be cancelled", null);
        }
        registration.delete();
        EventRegistration.flush();
        fillSeats(event);
    }

    /**
     * On erasure: the person leaves every event that has not ended (a seat they will never take goes
     * to the next waiting person); registrations of past events stay under the pseudonym.
     */
    @Transactional
    public void withdrawFromComingEvents(UUID person) {
        List<EventRegistration> coming = EventRegistration.<EventRegistration>find(
                        "userId = ?1 and eventId in (select e.id from SharingEvent e where e.endsAt > ?2)",
                        person,
                        Moment.now())
                .list();
        for (EventRegistration registration : coming) {
            SharingEvent event = SharingEvent.<SharingEvent>findByIdOptional(
                            registration.eventId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow();
            registration.delete();
            EventRegistration.flush();
            fillSeats(event);
        }
    }

    /** Moves the first waiting people up while seats are free (by registration time). */
    private void fillSeats(SharingEvent event) {
        long free = event.capacity - seatsTaken(event);
        if (free <= 0) {
            return;
        }
        List<EventRegistration> next = EventRegistration.<EventRegistration>find(
                        "eventId = ?1 and status = ?2",
                        Sort.ascending("registeredAt", "id"),
                        event.id,
                        RegistrationStatus.WAITING)
                .page(0, (int) free)
                .list();
        Instant now = Moment.now();
        for (EventRegistration waiting : next) {
            waiting.status = RegistrationStatus.REGISTERED;
            waiting.promotedAt = now;
        }
    }

    private static long seatsTaken(SharingEvent event) {
        return EventRegistration.count("eventId = ?1 and status = ?2", event.id, RegistrationStatus.REGISTERED);
    }

    static EventRegistration of(SharingEvent event, Caller caller) {
        return EventRegistration.<EventRegistration>find("eventId = ?1 and userId = ?2", event.id, caller.id())
                .firstResult();
    }
}
