package kr.axcampus.coaching;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What coaching holds about a person: the requests they asked (with their rating), the visits
 * they made as a coach and the changes they made. On erasure all of it stays under the pseudonym:
 * coaching given is evidence of what the programme delivered (stage 3).
 */
@ApplicationScoped
public class CoachingPersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public CoachingPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "coachingRequests", """
                        SELECT r.id, r.company_id, r.title, r.problem, r.process, r.tool, r.urgency, r.status,
                               r.summary, r.rating_score, r.rating_comment, r.rated_at, r.created_at
                        FROM coaching_request r WHERE r.requester_id = :person ORDER BY r.created_at, r.id""", person),
                JsonRows.part(em, "coachingVisits", """
                        SELECT v.id, v.request_id, v.starts_at, v.minutes, v.mode, v.participants, v.notes, v.next_steps
                        FROM coaching_visit v WHERE v.coach_id = :person ORDER BY v.starts_at, v.id""", person),
                JsonRows.part(em, "coachingChanges", """
                        SELECT e.request_id, e.action, e.from_status, e.to_status, e.detail, e.created_at
                        FROM coaching_event e WHERE e.actor_id = :person ORDER BY e.created_at, e.id""", person));
    }
}
