package kr.axcampus.notice;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What notices hold about a person: the notices sent to them (with the mail copy's address and
 * state), their mail choices, and whether the watch last saw them at risk. None of it is evidence
 * of delivery (attendance and results are), so erasure removes all of it.
 */
@ApplicationScoped
public class NoticePersonalData implements PersonalDataHolder {
    private final EntityManager em;

    public NoticePersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(
                JsonRows.part(em, "notices", """
                        SELECT n.id, n.kind, n.facts, n.link, n.created_at, n.read_at, n.mail_state, n.mail_to,
                               n.mail_subject, n.mail_done_at, n.mail_error
                        FROM notice n WHERE n.recipient_id = :person ORDER BY n.created_at, n.id""", person),
                JsonRows.part(em, "noticeMailChoices", """
                        SELECT c.kind, c.mail, c.updated_at FROM notice_mail_choice c
                        WHERE c.user_id = :person ORDER BY c.kind""", person),
                JsonRows.part(em, "atRiskStates", """
                        SELECT s.cohort_id, s.at_risk, s.crossings, s.changed_at FROM notice_risk_state s
                        WHERE s.user_id = :person ORDER BY s.cohort_id""", person));
    }

    @Override
    public Runnable erase(UUID person) {
        for (String table : List.of(
                "notice WHERE recipient_id", "notice_mail_choice WHERE user_id", "notice_risk_state WHERE user_id")) {
            em.createNativeQuery("DELETE FROM " + table + " = ?1")
                    .setParameter(1, person)
                    .executeUpdate();
        }
        return () -> {};
    }
}
