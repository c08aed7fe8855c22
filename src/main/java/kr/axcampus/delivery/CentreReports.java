package kr.axcampus.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.SqlValues;
import kr.axcampus.delivery.dto.CentreReport;

/**
 * The centre's figures for a period: every panel from one aggregate statement over the ledger, the
 * frozen results, the companies and their diagnoses (GROUPING SETS); nothing is summed in Java. Hours are what
 * learners attended in sessions that started in the period; results are those decided in it.
 */
@ApplicationScoped
public class CentreReports {
    /** Which grouping set a row of the attendance or results belongs to. */
    private static final String DIMENSION = "CASE WHEN GROUPING(region) = 0 THEN 'region'"
            + " WHEN GROUPING(industry) = 0 THEN 'industry' WHEN GROUPING(size_class) = 0 THEN 'size'"
            + " WHEN GROUPING(track) = 0 THEN 'track' ELSE 'ALL' END";

    /** The rows of the cohorts' hours, which the subsidy estimate reads. */
    private static final String COHORT = "cohort";

    /** The same for the companies, which have no track. */
    private static final String COMPANY_DIMENSION = "CASE WHEN GROUPING(region) = 0 THEN 'region'"
            + " WHEN GROUPING(industry) = 0 THEN 'industry' WHEN GROUPING(size_class) = 0 THEN 'size'"
            + " ELSE 'ALL' END";

    /**
     * Every panel in one statement: the period's attendance is summed per learner and cohort once
     * (500,000 records become 10,000 rows), then grouped by each dimension with GROUPING SETS; the
     * results and the companies likewise; each cohort's hours from the same per-learner rows.
     * {@code dim} names the panel ({@code cohort} for the hours behind the subsidy estimate),
     * {@code k} the group.
     */
    private static final String PANELS = """
            WITH a AS (
                SELECT r.user_id, s.cohort_id, sum(r.credited_minutes) AS minutes,
                       coalesce(sum(r.credited_minutes) FILTER (WHERE s.kind = 'PRACTICUM'), 0) AS practicum
                FROM attendance_record r
                JOIN cohort_session s ON s.id = r.session_id AND s.cancelled_at IS NULL
                WHERE s.starts_at >= :from AND s.starts_at < :to AND r.credited_minutes > 0
                GROUP BY r.user_id, s.cohort_id),
            pl AS MATERIALIZED (
                SELECT a.user_id, co.id AS cohort_id, co.code, c.region,
                       coalesce(c.industry_section, 'OTHER') AS industry, c.size_class, cr.track,
                       a.minutes, a.practicum
                FROM a
                JOIN cohort co ON co.id = a.cohort_id
                JOIN course cr ON cr.id = co.course_id
                JOIN enrollment e ON e.cohort_id = co.id AND e.user_id = a.user_id
                LEFT JOIN company c ON c.id = e.company_id
                WHERE co.center_id = :center),
            att AS (
                SELECT %1$s AS dim, coalesce(region, industry, size_class, track) AS k,
                       count(DISTINCT user_id) AS trained, sum(minutes) AS minutes, sum(practicum) AS practicum
                FROM pl GROUP BY GROUPING SETS ((region), (industry), (size_class), (track), ())),
            rl AS MATERIALIZED (
                SELECT er.result, c.region, coalesce(c.industry_section, 'OTHER') AS industry, c.size_class, cr.track
                FROM enrollment_result er
                JOIN cohort co ON co.id = er.cohort_id
                JOIN course cr ON cr.id = co.course_id
                LEFT JOIN company c ON c.id = er.company_id
                WHERE co.center_id = :center AND er.superseded_at IS NULL
                  AND er.decided_on >= :fromDay AND er.decided_on <= :toDay),
            res AS (
                SELECT %1$s AS dim, coalesce(region, industry, size_class, track) AS k,
                       count(*) AS decided, count(*) FILTER (WHERE result = 'COMPLETED') AS completed
                FROM rl GROUP BY GROUPING SETS ((region), (industry), (size_class), (track), ())),
            cl AS MATERIALIZED (
                SELECT c.region, coalesce(c.industry_section, 'OTHER') AS industry, c.size_class,
                       EXISTS (SELECT 1 FROM diagnosis d WHERE d.company_id = c.id
                               AND d.visited_on >= :fromDay AND d.visited_on <= :toDay) AS diagnosed,
                       EXISTS (SELECT 1 FROM diagnosis d WHERE d.company_id = c.id AND d.status = 'SIGNED_OFF'
                               AND d.signed_off_at >= :from AND d.signed_off_at < :to) AS signed,
                       (SELECT count(*) FROM coaching_request q WHERE q.company_id = c.id AND q.status = 'RESOLVED'
                               AND q.ended_at >= :from AND q.ended_at < :to) AS coached,
                       (SELECT coalesce(sum(f.before_value - f.after_value), 0)
                        FROM best_practice b JOIN best_practice_figure f ON f.practice_id = b.id
                        WHERE b.company_id = c.id AND b.status = 'PUBLISHED' AND b.consented_at IS NOT NULL
                          AND b.published_at >= :from AND b.published_at < :to
                          AND f.name = 'HOURS_PER_MONTH') AS saved
                FROM company c WHERE c.center_id = :center),
            comp AS (
                SELECT %2$s AS dim, coalesce(region, industry, size_class) AS k, count(*) AS partners,
                       count(*) FILTER (WHERE diagnosed) AS diagnosed, count(*) FILTER (WHERE signed) AS signed,
                       sum(coached) AS coached, sum(saved) AS saved
                FROM cl GROUP BY GROUPING SETS ((region), (industry), (size_class), ()))
            SELECT keys.dim AS dim, coalesce(keys.k, 'NONE') AS k,
                   coalesce(comp.partners, 0) AS partners, coalesce(comp.diagnosed, 0) AS diagnosed,
                   coalesce(comp.signed, 0) AS signed, coalesce(att.trained, 0) AS trained,
                   coalesce(res.decided, 0) AS decided, coalesce(res.completed, 0) AS completed,
                   coalesce(att.minutes, 0) AS minutes, coalesce(att.practicum, 0) AS practicum,
                   coalesce(comp.coached, 0) AS coached, coalesce(comp.saved, 0) AS saved,
                   NULL AS code, NULL AS track
            FROM (SELECT dim, k FROM att UNION SELECT dim, k FROM res UNION SELECT dim, k FROM comp) keys
            LEFT JOIN att ON att.dim = keys.dim AND att.k IS NOT DISTINCT FROM keys.k
            LEFT JOIN res ON res.dim = keys.dim AND res.k IS NOT DISTINCT FROM keys.k
            LEFT JOIN comp ON comp.dim = keys.dim AND comp.k IS NOT DISTINCT FROM keys.k
            UNION ALL
            SELECT 'cohort', CAST(cohort_id AS varchar), 0, 0, 0, 0, 0, 0, sum(minutes), sum(practicum), 0, 0, code, track
            FROM pl GROUP BY cohort_id, code, track
            ORDER BY 1, 13, 2""".formatted(DIMENSION, COMPANY_DIMENSION);

    /** The sharing events' panel: events that started in the period, seats taken and people checked in. */
    private static final String EVENTS = """
            SELECT count(DISTINCT e.id) AS held, count(r.id) FILTER (WHERE r.status = 'REGISTERED') AS registered,
                   count(r.checked_in_at) AS attended
            FROM sharing_event e LEFT JOIN event_registration r ON r.event_id = e.id
            WHERE e.center_id = :center AND e.starts_at >= :from AND e.starts_at < :to""";

    private final EntityManager em;
    private final CentreTime time;
    private final Access access;
    private final BigDecimal baseRate;
    private final BigDecimal multiplier;

    public CentreReports(
            EntityManager em,
            CentreTime time,
            Access access,
            @ConfigProperty(name = "axcampus.subsidy.base-rate-per-hour", defaultValue = "10000") BigDecimal baseRate,
            @ConfigProperty(name = "axcampus.subsidy.ai-multiplier", defaultValue = "3.0") BigDecimal multiplier) {
        this.em = em;
        this.time = time;
        this.access = access;
        this.baseRate = baseRate;
        this.multiplier = multiplier;
    }

    /**
     * The figures of [from, to] (both days included; defaults: the year so far). Operators only.
     * Each statement is planned for its own dates: a generic plan of these aggregates (PostgreSQL's
     * choice after five runs of a prepared statement) misjudges the period and took 20 times as
     * long in bench/dashboard.sh.
     */
    @Transactional
    public CentreReport report(Caller caller, LocalDate from, LocalDate to) {
        if (!access.operates(caller)) {
            throw Access.forbidden("the centre's report is for its operators");
        }
        LocalDate last = to == null ? time.today() : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        if (first.isAfter(last)) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("from", "date-order", "from must not be after to")));
        }
        UUID center = caller.centerId();
        em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        List<Tuple> rows = rows(center, first, last);
        Map<String, List<CentreReport.Figures>> panels = panels(rows);
        List<CentreReport.Figures> totals = panels.getOrDefault("ALL", List.of());
        List<CentreReport.CohortHours> cohorts = cohorts(rows);
        BigDecimal hours =
                cohorts.stream().map(CentreReport.CohortHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CentreReport(
                first,
                last,
                totals.isEmpty() ? empty("ALL") : totals.get(0),
                panels.getOrDefault("region", List.of()),
                panels.getOrDefault("industry", List.of()),
                panels.getOrDefault("size", List.of()),
                panels.getOrDefault("track", List.of()),
                cohorts,
                new CentreReport.SubsidyEstimate(
                        hours, baseRate, multiplier, subsidy(hours), "hours × baseRatePerHour × multiplier"),
                sharingEvents(center, first, last));
    }

    /** Every panel's rows and every cohort's hours, from one statement. */
    private List<Tuple> rows(UUID center, LocalDate from, LocalDate to) {
        ZoneId zone = time.zone();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(PANELS, Tuple.class)
                .setParameter("center", center)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("fromDay", from)
                .setParameter("toDay", to)
                .getResultList();
        return rows;
    }

    private CentreReport.SharingEvents sharingEvents(UUID center, LocalDate from, LocalDate to) {
        ZoneId zone = time.zone();
        Tuple row = (Tuple) em.createNativeQuery(EVENTS, Tuple.class)
                .setParameter("center", center)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant())
                .getSingleResult();
        return new CentreReport.SharingEvents(number(row, "held"), number(row, "registered"), number(row, "attended"));
    }

    /** Every panel's figures, by panel ({@code ALL} for the totals). */
    private static Map<String, List<CentreReport.Figures>> panels(List<Tuple> rows) {
        Map<String, List<CentreReport.Figures>> panels = new HashMap<>();
        for (Tuple row : rows) {
            String dim = row.get("dim", String.class);
            if (COHORT.equals(dim)) {
                continue;
            }
            long decided = number(row, "decided");
            long completed = number(row, "completed");
            panels.computeIfAbsent(dim, d -> new ArrayList<>())
                    .add(new CentreReport.Figures(
                            "ALL".equals(dim) ? "ALL" : row.get("k", String.class),
                            number(row, "partners"),
                            number(row, "diagnosed"),
                            number(row, "signed"),
                            number(row, "trained"),
                            decided,
                            completed,
                            decided == 0
                                    ? null
                                    : BigDecimal.valueOf(completed)
                                            .divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP),
                            hours(number(row, "minutes")),
                            hours(number(row, "practicum")),
                            number(row, "coached"),
                            decimal(row, "saved")));
        }
        return panels;
    }

    /** Each cohort's hours in the period (ordered by code) and its share of the estimate. */
    private List<CentreReport.CohortHours> cohorts(List<Tuple> rows) {
        return rows.stream()
                .filter(row -> COHORT.equals(row.get("dim", String.class)))
                .map(row -> {
                    BigDecimal hours = hours(number(row, "minutes"));
                    return new CentreReport.CohortHours(
                            row.get("k", String.class),
                            row.get("code", String.class),
                            row.get("track", String.class),
                            hours,
                            subsidy(hours));
                })
                .toList();
    }

    private BigDecimal subsidy(BigDecimal hours) {
        return hours.multiply(baseRate).multiply(multiplier).setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    private static long number(Tuple row, String column) {
        return SqlValues.count(row.get(column));
    }

    private static CentreReport.Figures empty(String key) {
        return new CentreReport.Figures(
                key,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                0,
                BigDecimal.ZERO);
    }
}
