package kr.axcampus.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.axcampus.common.Moment;

/**
 * Which kinds also go by mail (in the inbox they always are): a person's own choice, else their
 * centre's default, else yes.
 */
@ApplicationScoped
public class MailChoices {
    private final EntityManager em;

    public MailChoices(EntityManager em) {
        this.em = em;
    }

    /** The centre's defaults for every kind (yes where the operators set nothing). */
    public Map<NoticeKind, Boolean> centreDefaults(UUID centerId) {
        Map<NoticeKind, Boolean> defaults = allYes();
        rows("SELECT kind, mail FROM notice_centre_default WHERE center_id = ?1", centerId)
                .forEach(r -> defaults.put(NoticeKind.valueOf((String) r[0]), (Boolean) r[1]));
        return defaults;
    }

    /** What reaches the person by mail, kind by kind: their own choices over the centre's defaults. */
    public Map<NoticeKind, Boolean> effective(UUID userId, UUID centerId) {
        Map<NoticeKind, Boolean> effective = centreDefaults(centerId);
        rows("SELECT kind, mail FROM notice_mail_choice WHERE user_id = ?1", userId)
                .forEach(r -> effective.put(NoticeKind.valueOf((String) r[0]), (Boolean) r[1]));
        return effective;
    }

    /** Replaces the person's choices: kinds not named follow the centre's default again. */
    @Transactional
    public void choose(UUID userId, Map<NoticeKind, Boolean> mail) {
        em.createNativeQuery("DELETE FROM notice_mail_choice WHERE user_id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        Instant now = Moment.now();
        mail.forEach((kind, wanted) -> em.createNativeQuery(
                        "INSERT INTO notice_mail_choice (user_id, kind, mail, updated_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, userId)
                .setParameter(2, kind.name())
                .setParameter(3, wanted)
                .setParameter(4, now)
                .executeUpdate());
    }

    /** Sets the centre's defaults for the kinds named; the others keep theirs. */
    @Transactional
    public void setDefaults(UUID centerId, Map<NoticeKind, Boolean> mail) {
        Instant now = Moment.now();
        mail.forEach((kind, wanted) -> em.createNativeQuery("""
                        INSERT INTO notice_centre_default (center_id, kind, mail, updated_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (center_id, kind) DO UPDATE SET mail = excluded.mail, updated_at = excluded.updated_at""")
                .setParameter(1, centerId)
                .setParameter(2, kind.name())
                .setParameter(3, wanted)
                .setParameter(4, now)
                .executeUpdate());
    }

    /** Of these people, those who take this kind by mail: two small queries whatever their number. */
    Set<UUID> wantMail(UUID centerId, NoticeKind kind, Collection<UUID> people) {
        boolean byDefault = centreDefaults(centerId).get(kind);
        Set<UUID> wanting = new HashSet<>();
        Set<UUID> chose = new HashSet<>();
        em.createNativeQuery(
                        "SELECT user_id, mail FROM notice_mail_choice WHERE kind = ?1 AND user_id IN (?2)",
                        Object[].class)
                .setParameter(1, kind.name())
                .setParameter(2, List.copyOf(people))
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    chose.add((UUID) r[0]);
                    if ((Boolean) r[1]) {
                        wanting.add((UUID) r[0]);
                    }
                });
        if (byDefault) {
            people.stream().filter(p -> !chose.contains(p)).forEach(wanting::add);
        }
        return wanting;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID id) {
        return em.createNativeQuery(sql, Object[].class).setParameter(1, id).getResultList();
    }

    private static Map<NoticeKind, Boolean> allYes() {
        Map<NoticeKind, Boolean> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            all.put(kind, true);
        }
        return all;
    }
}
