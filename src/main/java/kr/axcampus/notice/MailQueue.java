package kr.axcampus.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The mail copies waiting in the outbox. A sender claims a batch (SKIP LOCKED: two replicas never
 * claim the same notice) and commits the claim before it talks to the mail server, so no
 * transaction is held open across the network; each outcome is then written on its own.
 */
@ApplicationScoped
class MailQueue {
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;

    MailQueue(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    record Claimed(UUID id, UUID recipientId, NoticeKind kind, Map<String, String> facts, String link, int attempts) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    List<Claimed> claim(Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        UPDATE notice SET mail_state = 'SENDING', mail_claimed_at = ?1,
                            mail_attempts = mail_attempts + 1, updated_at = ?1
                        WHERE id IN (SELECT id FROM notice WHERE mail_state = 'PENDING' AND mail_next_at <= ?1
                                     ORDER BY mail_next_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                        RETURNING id, recipient_id, kind, CAST(facts AS text), link, mail_attempts""", Object[].class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Claimed(
                        (UUID) r[0],
                        (UUID) r[1],
                        NoticeKind.valueOf((String) r[2]),
                        facts((String) r[3]),
                        (String) r[4],
                        ((Number) r[5]).intValue()))
                .toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void delivered(UUID id, MailState state, OutgoingMail mail, Instant at) {
        finish(id, state, mail, null, at);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(UUID id, OutgoingMail mail, String reason, Instant at) {
        finish(id, MailState.FAILED, mail, reason, at);
    }

    /** Back to the queue, due again at {@code next}; the reason stays visible meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void retry(UUID id, Instant next, String reason, Instant at) {
        em.createNativeQuery(
                        "UPDATE notice SET mail_state = 'PENDING', mail_next_at = ?2, mail_error = ?3, updated_at = ?4"
                                + " WHERE id = ?1 AND mail_state = 'SENDING'")
                .setParameter(1, id)
                .setParameter(2, next)
                .setParameter(3, clip(reason, 500))
                .setParameter(4, at)
                .executeUpdate();
    }

    /**
     * Claims older than {@code lapse} were lost with their sender (a crash between claim and
     * outcome): due again now. This is the one place a mail may go twice — if the server took it
     * just before the crash — and its Message-ID lets the receiving side recognise the copy.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int reclaimLapsed(Instant now, Duration lapse) {
        return em.createNativeQuery("UPDATE notice SET mail_state = 'PENDING', mail_next_at = ?1, updated_at = ?1"
                        + " WHERE mail_state = 'SENDING' AND mail_claimed_at < ?2")
                .setParameter(1, now)
                .setParameter(2, now.minus(lapse))
                .executeUpdate();
    }

    private void finish(UUID id, MailState state, OutgoingMail mail, String reason, Instant at) {
        em.createNativeQuery("""
                        UPDATE notice SET mail_state = ?2, mail_done_at = ?3, mail_to = ?4, mail_subject = ?5,
                            mail_body = ?6, mail_error = ?7, mail_next_at = NULL, updated_at = ?3
                        WHERE id = ?1 AND mail_state = 'SENDING'""")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, at)
                .setParameter(4, mail == null ? null : clip(mail.to(), 254))
                .setParameter(5, mail == null ? null : clip(mail.subject(), 300))
                .setParameter(6, mail == null ? null : clip(mail.body(), 4000))
                .setParameter(7, reason == null ? null : clip(reason, 500))
                .executeUpdate();
    }

    private Map<String, String> facts(String text) {
        try {
            return json.readValue(text, FACTS);
        } catch (Exception e) {
            throw new IllegalStateException("a notice's facts are a JSON object of strings", e);
        }
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
