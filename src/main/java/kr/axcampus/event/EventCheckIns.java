package kr.axcampus.event;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.axcampus.access.Access;
import kr.axcampus.attendance.RotatingCodes;
import kr.axcampus.attendance.dto.CheckInCodeView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.event.dto.RegistrationView;

/**
 * Checking in to a sharing event with the rotating code, as to a session: the operators show the
 * code (and its QR link to the event's page), a registrant with a seat enters it while check-in is
 * open. The check-in is the event's own attendance and never an attendance record of a cohort.
 */
@ApplicationScoped
public class EventCheckIns {
    private final EventService events;
    private final EventViews views;
    private final RotatingCodes codes;
    private final EventRules rules;
    private final Access access;
    private final EntityManager em;

    public EventCheckIns(
            EventService events,
            EventViews views,
            RotatingCodes codes,
            EventRules rules,
            Access access,
            EntityManager em) {
        this.events = events;
        this.views = views;
        this.codes = codes;
        this.rules = rules;
        this.access = access;
        this.em = em;
    }

    /** Whether the live screen shows a code now, and if not, whether it is too early (or over). */
    public record LiveState(boolean open, boolean notYet, Instant opens) {}

    /** The code to show now; for the centre's operators. */
    @Transactional
    public CheckInCodeView code(Caller caller, String eventId, String baseUrl) {
        SharingEvent event = events.visible(caller, eventId);
        if (!access.holdsEvents(caller)) {
            throw Access.forbidden("only the centre's operators show an event's check-in code");
        }
        return codes.now(event.secret, baseUrl + "/events/" + event.id);
    }

    /** The QR code of the link that comes with the code. */
    public String qrSvg(CheckInCodeView code) {
        return codes.qrSvg(code.checkInUrl());
    }

    @Transactional
    public LiveState liveState(Caller caller, String eventId) {
        SharingEvent event = events.visible(caller, eventId);
        Instant opens = event.startsAt.minus(rules.checkInOpensBefore());
        Instant now = Moment.now();
        return new LiveState(!now.isBefore(opens) && now.isBefore(event.endsAt), now.isBefore(opens), opens);
    }

    /** Self check-in of a registrant with a seat; repeating it answers the first check-in. */
    @Transactional
    public RegistrationView checkIn(Caller caller, String eventId, String code) {
        SharingEvent event = events.visible(caller, eventId);
        EventRegistration registration = EventRegistrations.of(event, caller);
        if (registration == null || registration.status != RegistrationStatus.REGISTERED) {
            throw new ProblemException(
                    403, "not-registered", "Not registered", "only people with a seat at this event check in", null);
        }
        Instant now = Moment.now();
        Instant opens = event.startsAt.minus(rules.checkInOpensBefore());
        if (now.isBefore(opens) || !now.isBefore(event.endsAt)) {
            String detail = now.isBefore(opens) ? "check-in opens at " + opens : "check-in closed at " + event.endsAt;
            throw new ProblemException(409, "check-in-closed", "Check-in closed", detail, null);
        }
        codes.require(event.id, caller.id(), event.secret, code);
        // One statement, so concurrent repeats keep the first instant.
        em.createNativeQuery("UPDATE event_registration SET checked_in_at = ?1, updated_at = ?1"
                        + " WHERE id = ?2 AND checked_in_at IS NULL")
                .setParameter(1, now)
                .setParameter(2, registration.id)
                .executeUpdate();
        return views.place(event.id, caller.id());
    }
}
