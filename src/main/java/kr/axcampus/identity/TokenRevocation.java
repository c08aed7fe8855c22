package kr.axcampus.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

import kr.axcampus.common.DirectSql;
import kr.axcampus.common.Ids;

/**
 * Refuses a token whose person was deactivated, or whose token version has moved on (a change of
 * roles or company, a deactivation, signing out), on every authenticated request — the API, the
 * pages and the streamed upload alike. Each replica keeps what it read of a person for {@link
 * #FRESH_FOR}, so a change takes effect everywhere within seconds and costs one indexed read per
 * person every few seconds; the replica that made the change forgets at once. A token of a
 * person the database does not know is left alone: people are never deleted (erasure
 * deactivates and pseudonymises), so only tests mint such tokens.
 */
@ApplicationScoped
public class TokenRevocation implements SecurityIdentityAugmentor {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Standing(boolean active, int version, long readAt) {}

    private final Map<UUID, Standing> standings = new ConcurrentHashMap<>();
    private final DirectSql sql;

    public TokenRevocation(DirectSql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Optional<UUID> person = Ids.parse(token.getSubject());
        if (person.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        int issuedAt = token instanceof OwnPrincipal own ? own.version() : versionOf(token);
        Standing known = standings.get(person.get());
        if (known != null && System.nanoTime() - known.readAt() < FRESH_FOR.toNanos()) {
            return Uni.createFrom().item(check(identity, known, issuedAt));
        }
        return context.runBlocking(() -> check(identity, read(person.get()), issuedAt));
    }

    /** Forget what this replica knows of the person: their next request reads the database. */
    void forget(UUID person) {
        standings.remove(person);
    }

    /** One indexed read of two columns, no transaction: a storm of first requests makes one each. */
    private Standing read(UUID person) {
        Standing known = sql
                .list(
                        "SELECT active, token_version FROM app_user WHERE id = :id",
                        Map.of("id", person),
                        row -> new Standing(row.getBoolean("active"), row.getInt("token_version"), System.nanoTime()))
                .stream()
                .findFirst()
                .orElseGet(() -> new Standing(true, -1, System.nanoTime()));
        standings.put(person, known);
        return known;
    }

    private static SecurityIdentity check(SecurityIdentity identity, Standing standing, int issuedAt) {
        if (!standing.active() || (standing.version() >= 0 && standing.version() != issuedAt)) {
            throw new AuthenticationFailedException("the token was revoked");
        }
        return identity;
    }

    static int versionOf(JsonWebToken token) {
        Object claim = token.getClaim(TokenService.CLAIM_VERSION);
        if (claim instanceof Number number) {
            return number.intValue();
        }
        // Tokens issued before versions existed (and tests' minted tokens) are at version 0.
        return claim == null ? 0 : Integer.parseInt(claim.toString().replace("\"", ""));
    }
}
