package kr.axcampus.calendar;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.axcampus.common.Moment;

/**
 * The secret tokens of people's calendar feeds: one per person, made on first asking, replaced on
 * reset. Both writes are single upserts, so two first requests at once (two tabs, two replicas)
 * still leave one feed, and a reset takes effect for every replica the moment it commits.
 */
@ApplicationScoped
public class CalendarFeeds {
    /** 256 bits: far beyond guessing, and 43 URL-safe characters. */
    private static final int TOKEN_BYTES = 32;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(EntityManager em) {
        this.em = em;
    }

    /** The person's feed token, made now if they have none. */
    @Transactional
    public String tokenOf(UUID person) {
        em.createNativeQuery("INSERT INTO calendar_feed (id, user_id, token, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (user_id) DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, person)
                .setParameter(3, newToken())
                .setParameter(4, Moment.now())
                .executeUpdate();
        return em.createQuery("select f.token from CalendarFeed f where f.userId = :me", String.class)
                .setParameter("me", person)
                .getSingleResult();
    }

    /** Replaces the person's token: the old URL stops at once. */
    @Transactional
    public String reset(UUID person) {
        String token = newToken();
        em.createNativeQuery(
                        "INSERT INTO calendar_feed (id, user_id, token, created_at, updated_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?4)"
                                + " ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, updated_at = EXCLUDED.updated_at")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, person)
                .setParameter(3, token)
                .setParameter(4, Moment.now())
                .executeUpdate();
        return token;
    }

    /** Whose feed a token opens; empty for anything else (malformed, unknown, reset). */
    public Optional<UUID> ownerOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select f.userId from CalendarFeed f where f.token = :token", UUID.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /** Removes the person's feed (erasure): its URL then answers 404 like any unknown one. */
    @Transactional
    public void remove(UUID person) {
        em.createQuery("delete from CalendarFeed f where f.userId = :me")
                .setParameter("me", person)
                .executeUpdate();
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
