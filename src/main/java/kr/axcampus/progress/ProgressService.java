package kr.axcampus.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.access.Sight;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.CompletionPolicy;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.DirectSql;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.progress.dto.Tally;

/**
 * Progress and completion, computed from the ledger's rows (attendance records of the
 * cohort's sessions, approved practice logs, adjustments) by one SQL aggregate per
 * request, for one learner or a whole cohort. Nothing is a stored total.
 * Whether a project deliverable was accepted comes from the same statement.
 *
 * <p>This read model joins the tables of the cohort, attendance, practicum and submission features on
 * purpose: the numbers must come from one consistent snapshot in one statement.
 */
@ApplicationScoped
public class ProgressService {
    private static final String AGGREGATE = """
            WITH s AS (
                SELECT id, kind, ends_at,
                       CAST(extract(epoch FROM ends_at - starts_at) / 60 AS integer) AS minutes,
                       ends_at <= :now AS held,
                       CAST(starts_at AT TIME ZONE :zone AS date) AS day
                FROM cohort_session WHERE cohort_id = :cohort AND cancelled_at IS NULL),
            totals AS (
                SELECT coalesce(sum(minutes), 0) AS scheduled,
                       coalesce(sum(minutes) FILTER (WHERE held), 0) AS held,
                       coalesce(sum(minutes) FILTER (WHERE NOT held), 0) AS open_minutes,
                       coalesce(sum(minutes) FILTER (WHERE NOT held AND kind = 'PRACTICUM'), 0) AS open_practicum,
                       max(ends_at) AS last_end,
                       count(DISTINCT day) AS days,
                       count(DISTINCT day) FILTER (WHERE NOT held) AS open_days
                FROM s),
            day_minutes AS (SELECT day, sum(minutes) AS minutes FROM s GROUP BY day),
            credit AS (
                SELECT r.user_id, s.held, s.kind, s.day, s.minutes, r.status, r.credited_minutes,
                       CASE WHEN r.status = 'EXCUSED' THEN s.minutes ELSE r.credited_minutes END AS attendance_minutes
                FROM attendance_record r JOIN s ON s.id = r.session_id),
            att AS (
                SELECT user_id,
                       sum(attendance_minutes) AS credited,
                       sum(attendance_minutes) FILTER (WHERE held) AS credited_held,
                       sum(attendance_minutes) FILTER (WHERE NOT held) AS credited_open,
                       sum(credited_minutes) FILTER (WHERE kind = 'PRACTICUM') AS practicum_sessions,
                       sum(credited_minutes) FILTER (WHERE kind = 'PRACTICUM' AND NOT held) AS practicum_open,
                       count(*) FILTER (WHERE status IN ('LATE', 'LEFT_EARLY')) AS lates,
                       avg(minutes) FILTER (WHERE status IN ('LATE', 'LEFT_EARLY')) AS late_session_minutes
                FROM credit GROUP BY user_id),
            good_days AS (
                SELECT c.user_id, count(*) FILTER (WHERE c.minutes * 2 >= d.minutes) AS days
                FROM (SELECT user_id, day, sum(attendance_minutes) AS minutes FROM credit GROUP BY user_id, day) c
                JOIN day_minutes d ON d.day = c.day GROUP BY c.user_id),
            logs AS (
                SELECT user_id, sum(minutes) FILTER (WHERE status = 'APPROVED') AS approved,
                       count(*) FILTER (WHERE status = 'PENDING') AS pending
                FROM practice_log WHERE cohort_id = :cohort GROUP BY user_id),
            adj AS (SELECT user_id, sum(minutes) AS minutes FROM practicum_adjustment WHERE cohort_id = :cohort
                    GROUP BY user_id)
            SELECT CAST(e.user_id AS varchar) AS user_id, u.name AS name, CAST(e.company_id AS varchar) AS company_id,
                   e.status AS enrollment_status,
                   coalesce(att.credited, 0) AS credited, coalesce(att.credited_held, 0) AS credited_held,
                   coalesce(att.credited_open, 0) AS credited_open,
                   coalesce(att.practicum_sessions, 0) AS practicum_sessions,
                   coalesce(att.practicum_open, 0) AS practicum_open,
                   coalesce(att.lates, 0) AS lates, coalesce(att.late_session_minutes, 0) AS late_session_minutes,
                   coalesce(good_days.days, 0) AS good_days,
                   coalesce(logs.approved, 0) AS approved_logs, coalesce(logs.pending, 0) AS pending_logs,
                   coalesce(adj.minutes, 0) AS adjustments,
                   totals.scheduled, totals.held, totals.open_minutes, totals.open_practicum, totals.last_end,
                   totals.days, totals.open_days,
                   EXISTS (SELECT 1 FROM submission_version v JOIN material m ON m.id = v.material_id
                           WHERE v.cohort_id = e.cohort_id AND v.learner_id = e.user_id
                             AND v.status = 'ACCEPTED' AND m.deleted_at IS NULL) AS deliverable_accepted
            FROM enrollment e
            JOIN app_user u ON u.id = e.user_id
            CROSS JOIN totals
            LEFT JOIN att ON att.user_id = e.user_id
            LEFT JOIN good_days ON good_days.user_id = e.user_id
            LEFT JOIN logs ON logs.user_id = e.user_id
            LEFT JOIN adj ON adj.user_id = e.user_id
            WHERE e.cohort_id = :cohort %s
            ORDER BY u.name, e.user_id""";

    private final CohortService cohorts;
    private final CatalogService catalog;
    private final CompletionSettings settings;
    private final CentreTime time;
    private final Access access;
    private final PersonalDataReads reads;
    private final DirectSql sql;

    public ProgressService(
            CohortService cohorts,
            CatalogService catalog,
            CompletionSettings settings,
            CentreTime time,
            Access access,
            PersonalDataReads reads,
            DirectSql sql) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.settings = settings;
        this.time = time;
        this.access = access;
        this.reads = reads;
        this.sql = sql;
    }

    /** One learner: the learner, the cohort's instructors, operators, the learner's CEO; 404 for anyone else. */
    public Progress forLearner(Caller caller, String cohortId, String userId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        UUID learner = Ids.parse(userId).orElseThrow(() -> ProblemException.notFound("learner " + userId));
        Sight sight = access.employerSight(caller, cohort);
        String filter = "AND e.user_id = :user";
        UUID company = null;
        if (!sight.everyone() && !learner.equals(sight.self())) {
            if (sight.company() == null) {
                throw ProblemException.notFound("progress of " + userId);
            }
            filter += " AND e.company_id = :company";
            company = sight.company();
        }
        List<Progress> found = run(cohort, filter, learner, company);
        if (found.isEmpty()) {
            throw ProblemException.notFound("progress of " + userId);
        }
        reads.record(caller, ReadKind.PROGRESS, cohort.id(), List.of(learner));
        return found.get(0);
    }

    /** Every enrolled learner: the cohort's instructors and operators; a CEO gets their own employees. */
    public List<Progress> forCohort(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        Sight sight = access.employerSight(caller, cohort);
        List<Progress> found;
        if (sight.everyone()) {
            found = run(cohort, "", null, null);
        } else if (sight.company() != null) {
            found = run(cohort, "AND e.company_id = :company", null, sight.company());
        } else {
            throw Access.forbidden("the cohort's progress is for its instructors, operators and the learners' CEOs");
        }
        reads.record(
                caller,
                ReadKind.PROGRESS,
                cohort.id(),
                found.stream().map(Progress::userId).toList());
        return found;
    }

    /**
     * A cohort's head counts from the same statement — learners (not withdrawn), at risk, completed,
     * practicum minutes delivered — for its team's desk. Counts name no one, so no read is logged.
     */
    public Tally tally(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        access.requireRunning(caller, cohort, "a cohort's counts are for its instructors and operators");
        return Tally.of(run(cohort, "", null, null));
    }

    /** The same head counts for a CEO's own employees in a cohort (for their home); no one is named. */
    public Tally employeesTally(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        Sight sight = access.employerSight(caller, cohort);
        if (sight.company() == null) {
            throw Access.forbidden("a company's counts are for its CEO");
        }
        return Tally.of(run(cohort, "AND e.company_id = :company", null, sight.company()));
    }

    /**
     * Every enrolled learner's progress (withdrawn too), unscoped: for freezing results when a cohort
     * is closed. The caller has checked who may; no read is logged here.
     */
    public List<Progress> ofCohort(CohortScope cohort) {
        return run(cohort, "", null, null);
    }

    /**
     * Named people's progress in a cohort, from the same statement, for a plan that follows them
     * (a company's training roadmap). Unscoped: the caller has checked who may see these people.
     * No read is logged here; the caller logs what it shows.
     */
    public List<Progress> ofPeople(CohortScope cohort, Collection<UUID> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return run(cohort, "AND e.user_id IN (:people)", null, null, people);
    }

    /** The completion policy a cohort's learners are held to: the course's, over the centre's settings. */
    public CompletionPolicy policyOf(UUID courseId) {
        return catalog.policyOf(courseId);
    }

    private List<Progress> run(CohortScope cohort, String filter, UUID user, UUID company) {
        return run(cohort, filter, user, company, null);
    }

    private List<Progress> run(CohortScope cohort, String filter, UUID user, UUID company, Collection<UUID> people) {
        Instant now = Instant.now();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("now", now);
        parameters.put("zone", time.zone().getId());
        parameters.put("cohort", cohort.id());
        if (user != null) {
            parameters.put("user", user);
        }
        if (company != null) {
            parameters.put("company", company);
        }
        if (people != null) {
            parameters.put("people", people);
        }
        CompletionRules completion = new CompletionRules(policyOf(cohort.courseId()), settings, now);
        return sql.list(AGGREGATE.formatted(filter), parameters, row -> completion.progressOf(LedgerRow.of(row)));
    }
}
