package kr.axcampus.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.coaching.dto.CoachingSummary;
import kr.axcampus.coaching.dto.ServiceLevels;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.SqlValues;

/**
 * The lists of coaching requests (each caller's scope: the centre's for operators, else what they
 * asked, coach or, as a CEO, their company's) and the operators' service levels, counted in SQL.
 */
@ApplicationScoped
public class CoachingBoard {
    /** The service levels in one statement; "overdue" is the same rule as {@link CoachingViews#overdue}. */
    private static final String LEVELS = """
            SELECT count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED_UNRESOLVED')) AS open,
                   count(*) FILTER (WHERE status = 'NEW') AS fresh,
                   count(*) FILTER (WHERE status = 'ASSIGNED') AS assigned,
                   count(*) FILTER (WHERE status = 'SCHEDULED') AS scheduled,
                   count(*) FILTER (WHERE status = 'RESOLVED') AS resolved,
                   count(*) FILTER (WHERE status = 'CLOSED_UNRESOLVED') AS closed,
                   count(*) FILTER (WHERE status NOT IN ('RESOLVED', 'CLOSED_UNRESOLVED')
                       AND ((first_response_at IS NULL AND created_at < :firstDue)
                            OR created_at < :endDue)) AS overdue,
                   avg(extract(epoch FROM first_response_at - created_at) / 3600) AS first_hours,
                   avg(extract(epoch FROM ended_at - created_at) / 3600) AS end_hours,
                   avg(rating_score) AS rating
            FROM coaching_request WHERE center_id = :center""";

    private final CoachingViews views;
    private final CoachingSettings settings;
    private final Access access;
    private final EntityManager em;

    public CoachingBoard(CoachingViews views, CoachingSettings settings, Access access, EntityManager em) {
        this.views = views;
        this.settings = settings;
        this.access = access;
        this.em = em;
    }

    /** The requests in the caller's scope, newest first, optionally of one status. */
    public PageResult<CoachingSummary> list(Caller caller, String status, PageRequest page) {
        String query = "centerId = :center";
        Parameters parameters = Parameters.with("center", caller.centerId());
        if (status != null && !status.isBlank()) {
            query += " and status = :status";
            parameters = parameters.and("status", Enums.parse(CoachingStatus.class, status, "status"));
        }
        if (!access.operates(caller)) {
            UUID company = access.employer(caller);
            query += company == null
                    ? " and (requesterId = :me or coachId = :me)"
                    : " and (requesterId = :me or coachId = :me or companyId = :company)";
            parameters = parameters.and("me", caller.id());
            if (company != null) {
                parameters = parameters.and("company", company);
            }
        }
        var found = CoachingRequest.<CoachingRequest>find(
                        query, Sort.descending("createdAt").and("id"), parameters)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(
                views.summaries(caller.centerId(), found.list()), page.page(), page.size(), found.count());
    }

    /** How coaching answers, for the centre's operators. */
    public ServiceLevels levels(Caller caller) {
        if (!access.operates(caller)) {
            throw Access.forbidden("coaching's service levels are for the centre's operators");
        }
        Instant now = Moment.now();
        Tuple row = (Tuple) em.createNativeQuery(LEVELS, Tuple.class)
                .setParameter("center", caller.centerId())
                .setParameter("firstDue", now.minus(settings.firstResponseWithin()))
                .setParameter("endDue", now.minus(settings.endWithin()))
                .getSingleResult();
        return new ServiceLevels(
                count(row, "open"),
                count(row, "fresh"),
                count(row, "assigned"),
                count(row, "scheduled"),
                count(row, "resolved"),
                count(row, "closed"),
                count(row, "overdue"),
                decimal(row, "first_hours"),
                decimal(row, "end_hours"),
                decimal(row, "rating"),
                settings.firstResponseWithin(),
                settings.endWithin());
    }

    private static long count(Tuple row, String column) {
        return SqlValues.count(row.get(column));
    }

    private static BigDecimal decimal(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
