package kr.axcampus.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.axcampus.common.Caller;
import kr.axcampus.common.DirectSql;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Role;
import kr.axcampus.common.SqlValues;

/**
 * The access log of personal data (PIPA): every read of other people's data by an operator, an
 * instructor or a CEO is one row — who, when, what kind, in which context, whose. Features call
 * {@link #record} where they assemble such data for a caller (a page and its API share the call),
 * in the reading transaction, so a read that fails leaves no row and a row is never missing for
 * a read that was answered. A learner's reads of their own data are not recorded, nor anything
 * read of the caller themselves.
 */
@ApplicationScoped
public class PersonalDataReads {
    private static final Set<Role> RECORDED = Set.of(Role.ADMIN, Role.INSTRUCTOR, Role.CEO);

    private static final TypeReference<List<Person>> PEOPLE = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;
    private final DirectSql sql;

    public PersonalDataReads(EntityManager em, ObjectMapper json, DirectSql sql) {
        this.em = em;
        this.json = json;
        this.sql = sql;
    }

    /** One read of {@code subjects}' data (ids; the caller's own is left out) in a cohort, session or person. */
    public void record(Caller caller, ReadKind kind, UUID context, Collection<?> subjects) {
        if (RECORDED.stream().noneMatch(caller::has)) {
            return;
        }
        Set<UUID> others = new LinkedHashSet<>();
        for (Object subject : subjects) {
            UUID id = subject instanceof UUID uuid
                    ? uuid
                    : Ids.parse(String.valueOf(subject)).orElse(null);
            if (id != null && !id.equals(caller.id())) {
                others.add(id);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        // One statement: on its own outside a transaction, within the caller's inside one.
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", UUID.randomUUID());
        parameters.put("center", caller.centerId());
        parameters.put("at", Moment.now());
        parameters.put("actor", caller.id());
        parameters.put(
                "roles",
                arrayLiteral(caller.roles().stream().map(Role::name).sorted().toList()));
        parameters.put("kind", kind.name());
        parameters.put("context", context);
        parameters.put("subjects", arrayLiteral(others));
        sql.update("""
                INSERT INTO personal_data_read (id, center_id, at, actor_id, actor_roles, kind, context_id, subject_ids)
                VALUES (:id, :center, :at, :actor, CAST(:roles AS varchar(20)[]), :kind, :context, CAST(:subjects AS uuid[]))""", parameters);
    }

    /** A read as the log shows it: the actor and subjects with their current names. */
    public record Entry(
            Instant at,
            Person actor,
            List<String> actorRoles,
            ReadKind kind,
            String contextId,
            List<Person> subjects) {}

    public record Person(String id, String name) {}

    /** What to look for: reads of a subject's data, by an actor, between two instants (each optional). */
    public record Filter(UUID subject, UUID actor, Instant from, Instant to) {}

    /** The centre's log, newest first; operators only (the resource and page say so). */
    public PageResult<Entry> search(Caller caller, Filter filter, PageRequest page) {
        String where = """
                WHERE r.center_id = :center
                  AND (CAST(:subject AS uuid) IS NULL OR r.subject_ids @> ARRAY[CAST(:subject AS uuid)])
                  AND (CAST(:actor AS uuid) IS NULL OR r.actor_id = CAST(:actor AS uuid))
                  AND (CAST(:from AS timestamptz) IS NULL OR r.at >= CAST(:from AS timestamptz))
                  AND (CAST(:to AS timestamptz) IS NULL OR r.at < CAST(:to AS timestamptz))""";
        var count = em.createNativeQuery("SELECT count(*) FROM personal_data_read r " + where);
        // One query for the page: the actor's and every subject's current name come with it.
        var rows = em.createNativeQuery("""
                SELECT r.at, r.actor_id, a.name, array_to_string(r.actor_roles, ','), r.kind, r.context_id,
                       (SELECT CAST(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name, s.id) AS text)
                          FROM app_user s WHERE s.id = ANY (r.subject_ids))
                FROM personal_data_read r LEFT JOIN app_user a ON a.id = r.actor_id
                """ + where + """

                ORDER BY r.at DESC, r.id
                LIMIT :limit OFFSET :offset""");
        for (var query : List.of(count, rows)) {
            query.setParameter("center", caller.centerId())
                    .setParameter(
                            "subject",
                            filter.subject() == null ? null : filter.subject().toString())
                    .setParameter(
                            "actor",
                            filter.actor() == null ? null : filter.actor().toString())
                    .setParameter(
                            "from", filter.from() == null ? null : filter.from().toString())
                    .setParameter("to", filter.to() == null ? null : filter.to().toString());
        }
        rows.setParameter("limit", page.size()).setParameter("offset", (long) page.page() * page.size());
        List<Entry> entries = new ArrayList<>();
        for (Object raw : rows.getResultList()) {
            Object[] row = (Object[]) raw;
            entries.add(new Entry(
                    SqlValues.instant(row[0]),
                    new Person(row[1].toString(), (String) row[2]),
                    List.of(((String) row[3]).split(",")),
                    ReadKind.valueOf((String) row[4]),
                    row[5] == null ? null : row[5].toString(),
                    people((String) row[6])));
        }
        return new PageResult<>(entries, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    private List<Person> people(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return this.json.readValue(json, PEOPLE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL's json_agg is JSON", e);
        }
    }

    private static String arrayLiteral(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
