package kr.axcampus.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.axcampus.common.Moment;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.Recipient;

/**
 * Posts notices: one row per recipient in the outbox, inserted once on (kind, subject, recipient,
 * occasion) — a job that runs again, a second replica or a retried request posting the same notice
 * changes nothing. Runs in the caller's transaction, so a notice is committed with the change it
 * tells of, or not at all.
 */
@ApplicationScoped
public class Notices {
    private final UserService users;
    private final MailChoices choices;
    private final ObjectMapper json;
    private final EntityManager em;

    public Notices(UserService users, MailChoices choices, ObjectMapper json, EntityManager em) {
        this.users = users;
        this.choices = choices;
        this.json = json;
        this.em = em;
    }

    /**
     * Posts the draft to each recipient who is active and of the draft's centre (one statement for
     * all of them); answers how many notices are new.
     */
    @Transactional
    public int post(NoticeDraft draft, Collection<UUID> recipientIds) {
        Map<UUID, Recipient> found = users.recipients(new LinkedHashSet<>(recipientIds));
        List<Recipient> recipients = found.values().stream()
                .filter(r -> r.active() && draft.centerId().equals(r.centerId()))
                .toList();
        if (recipients.isEmpty()) {
            return 0;
        }
        Set<UUID> byMail = choices.wantMail(
                draft.centerId(),
                draft.kind(),
                recipients.stream().map(Recipient::id).toList());
        StringBuilder sql = new StringBuilder(
                "INSERT INTO notice (id, center_id, recipient_id, kind, subject_id, occasion, facts, link,"
                        + " mail_state, mail_next_at, created_at, updated_at) VALUES ");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            rows.add("(:id" + i + ", :center, :recipient" + i + ", :kind, :subject, :occasion, CAST(:facts AS jsonb),"
                    + " :link, :state" + i + ", :now, :now, :now)");
        }
        sql.append(String.join(", ", rows)).append(" ON CONFLICT ON CONSTRAINT notice_once DO NOTHING");
        Instant now = Moment.now();
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter("center", draft.centerId())
                .setParameter("kind", draft.kind().name())
                .setParameter("subject", draft.subjectId())
                .setParameter("occasion", draft.occasion())
                .setParameter("facts", factsJson(draft.facts()))
                .setParameter("link", draft.link())
                .setParameter("now", now);
        for (int i = 0; i < recipients.size(); i++) {
            UUID recipient = recipients.get(i).id();
            insert.setParameter("id" + i, UUID.randomUUID())
                    .setParameter("recipient" + i, recipient)
                    .setParameter(
                            "state" + i, (byMail.contains(recipient) ? MailState.PENDING : MailState.NONE).name());
        }
        return insert.executeUpdate();
    }

    private String factsJson(Map<String, String> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's facts are plain strings", e);
        }
    }
}
