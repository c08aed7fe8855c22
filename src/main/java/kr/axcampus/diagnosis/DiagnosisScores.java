package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/**
 * Scores computed in SQL from the answers, for any number of diagnoses in one statement: a
 * dimension's score is the mean of its answered questions, the overall score the mean of the
 * dimension scores, both to two decimals (API.md "Diagnosis").
 */
@ApplicationScoped
public class DiagnosisScores {
    static final String EXPERT = "EXPERT";
    static final String SELF = "SELF";

    private static final String SCORES = """
            SELECT CAST(diagnosis_id AS varchar) AS diagnosis, source, dimension_code,
                   round(avg(score), 2) AS score,
                   round(avg(avg(score)) OVER (PARTITION BY diagnosis_id, source), 2) AS overall
            FROM diagnosis_answer WHERE diagnosis_id IN (:ids)
            GROUP BY diagnosis_id, source, dimension_code""";

    /**
     * The mean, per dimension, of other companies' latest signed-off diagnoses in the centre with the
     * same size class and industry, each company counted once.
     */
    private static final String PEERS = """
            WITH latest AS (
                SELECT DISTINCT ON (d.company_id) d.id, d.company_id
                FROM diagnosis d JOIN company c ON c.id = d.company_id
                WHERE d.center_id = :center AND d.status = 'SIGNED_OFF' AND d.company_id <> :company
                  AND c.size_class IS NOT DISTINCT FROM :size AND c.industry_section IS NOT DISTINCT FROM :industry
                ORDER BY d.company_id, d.visited_on DESC, d.created_at DESC),
            dims AS (
                SELECT l.company_id, a.dimension_code, avg(a.score) AS score
                FROM latest l JOIN diagnosis_answer a ON a.diagnosis_id = l.id AND a.source = 'EXPERT'
                GROUP BY l.company_id, a.dimension_code)
            SELECT dimension_code, round(avg(score), 2) AS score, count(DISTINCT company_id) AS companies,
                   (SELECT round(avg(o), 2) FROM (SELECT avg(score) AS o FROM dims GROUP BY company_id) x) AS overall
            FROM dims GROUP BY dimension_code""";

    private final EntityManager em;

    public DiagnosisScores(EntityManager em) {
        this.em = em;
    }

    /** One diagnosis's scores from one source: by dimension, in the order found, and overall (null: no answers). */
    public record Scores(Map<String, BigDecimal> byDimension, BigDecimal overall) {
        static final Scores NONE = new Scores(Map.of(), null);
    }

    /** Scores of each diagnosis and source ({@link #EXPERT}, {@link #SELF}), keyed by diagnosis id. */
    public Map<UUID, Map<String, Scores>> of(Collection<UUID> diagnoses) {
        if (diagnoses.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SCORES, Tuple.class)
                .setParameter("ids", diagnoses)
                .getResultList();
        Map<UUID, Map<String, Map<String, BigDecimal>>> dims = new HashMap<>();
        Map<UUID, Map<String, BigDecimal>> overall = new HashMap<>();
        for (Tuple row : rows) {
            UUID id = UUID.fromString(row.get("diagnosis", String.class));
            String source = row.get("source", String.class);
            dims.computeIfAbsent(id, k -> new HashMap<>())
                    .computeIfAbsent(source, k -> new LinkedHashMap<>())
                    .put(row.get("dimension_code", String.class), row.get("score", BigDecimal.class));
            overall.computeIfAbsent(id, k -> new HashMap<>()).put(source, row.get("overall", BigDecimal.class));
        }
        Map<UUID, Map<String, Scores>> result = new HashMap<>();
        dims.forEach((id, bySource) -> {
            Map<String, Scores> scores = new HashMap<>();
            bySource.forEach((source, d) ->
                    scores.put(source, new Scores(d, overall.get(id).get(source))));
            result.put(id, scores);
        });
        return result;
    }

    public Scores expert(Map<UUID, Map<String, Scores>> all, UUID diagnosis) {
        return all.getOrDefault(diagnosis, Map.of()).getOrDefault(EXPERT, Scores.NONE);
    }

    public Scores self(Map<UUID, Map<String, Scores>> all, UUID diagnosis) {
        return all.getOrDefault(diagnosis, Map.of()).getOrDefault(SELF, Scores.NONE);
    }

    /** The centre's peers of a company (same size class and industry), or null when there are none. */
    public Peers peers(UUID centerId, UUID companyId, String sizeClass, String industry) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(PEERS, Tuple.class)
                .setParameter("center", centerId)
                .setParameter("company", companyId)
                .setParameter("size", sizeClass)
                .setParameter("industry", industry)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        int companies = 0;
        BigDecimal overall = null;
        for (Tuple row : rows) {
            scores.put(row.get("dimension_code", String.class), row.get("score", BigDecimal.class));
            companies = Math.max(companies, ((Number) row.get("companies")).intValue());
            overall = row.get("overall", BigDecimal.class);
        }
        return new Peers(companies, scores, overall);
    }

    /** The mean scores of {@code companies} peer companies. */
    public record Peers(int companies, Map<String, BigDecimal> scores, BigDecimal overall) {}
}
