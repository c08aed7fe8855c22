package kr.axcampus.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Counts grouped by an id in one statement: what a desk shows beside each cohort. */
public final class Counts {
    private Counts() {}

    /**
     * Runs {@code sql} — selecting an id and a count, restricted with {@code IN (:ids)} — and
     * answers the count per id; ids without a row are absent.
     */
    public static Map<UUID, Long> byId(EntityManager em, String sql, Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        for (Tuple row : rows) {
            counts.put((UUID) row.get(0), ((Number) row.get(1)).longValue());
        }
        return counts;
    }
}
