package kr.axcampus.event;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.axcampus.access.Access;
import kr.axcampus.bestpractice.CaseDirectory;
import kr.axcampus.bestpractice.dto.CaseRef;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.event.dto.CaseLinkRequest;

/**
 * The best-practice cases presented at a sharing event: linked by an operator (repeating is
 * harmless); listed to everyone who sees the event — the operators every linked case, anyone else
 * only those on the public showcase now (a case whose consent was withdrawn is not shown).
 */
@ApplicationScoped
public class EventCases {
    private final EventService events;
    private final CaseDirectory cases;
    private final Access access;
    private final EntityManager em;

    public EventCases(EventService events, CaseDirectory cases, Access access, EntityManager em) {
        this.events = events;
        this.cases = cases;
        this.access = access;
        this.em = em;
    }

    @Transactional
    public List<CaseRef> link(Caller caller, String eventId, CaseLinkRequest request) {
        SharingEvent event = events.visible(caller, eventId);
        if (!access.holdsEvents(caller)) {
            throw Access.forbidden("the cases presented at an event are linked by the centre's operators");
        }
        if (request == null
                || request.bestPracticeId() == null
                || request.bestPracticeId().isBlank()) {
            throw ProblemException.invalid("bestPracticeId", "bestPracticeId is required");
        }
        CaseRef found = Ids.parse(request.bestPracticeId())
                .flatMap(id -> cases.find(caller.centerId(), id))
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                        "bestPracticeId", "unknown-case", "no best-practice case " + request.bestPracticeId()))));
        em.createNativeQuery("""
                        INSERT INTO event_case (event_id, practice_id, linked_by, linked_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (event_id, practice_id) DO NOTHING""")
                .setParameter(1, event.id)
                .setParameter(2, UUID.fromString(found.bestPracticeId()))
                .setParameter(3, caller.id())
                .setParameter(4, Moment.now())
                .executeUpdate();
        return presented(caller, event);
    }

    public List<CaseRef> list(Caller caller, String eventId) {
        return presented(caller, events.visible(caller, eventId));
    }

    private List<CaseRef> presented(Caller caller, SharingEvent event) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT practice_id FROM event_case WHERE event_id = ?1", UUID.class)
                .setParameter(1, event.id)
                .getResultList();
        boolean everyCase = access.holdsEvents(caller);
        return cases.all(caller.centerId(), ids).stream()
                .filter(c -> everyCase || c.shown())
                .toList();
    }
}
