package kr.axcampus.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.web.Dates;

/**
 * Closing a cohort (수료 확정) after its last session, and reopening it: who may, when, and the
 * history. While a cohort is closed its records do not change ({@link #requireOpen}); the results
 * frozen at the close are the delivery feature's.
 */
@ApplicationScoped
public class CohortClosing {
    private final CohortService cohorts;
    private final Access access;
    private final EntityManager em;

    public CohortClosing(CohortService cohorts, Access access, EntityManager em) {
        this.cohorts = cohorts;
        this.access = access;
        this.em = em;
    }

    /** A close or reopen, for the cohort's history. */
    public record Change(Instant at, UUID actorId, CohortEvent.Change change, String reason) {}

    /**
     * Marks the cohort closed (its operators and instructors), once its last session has ended;
     * the caller's transaction freezes the results. Locks the cohort until it commits.
     */
    public CohortScope close(Caller caller, String id) {
        Cohort cohort = cohorts.manageable(caller, id);
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(cohort);
        if (cohort.closedAt != null) {
            throw ProblemException.illegalTransition("the cohort is already closed", List.of("REOPENED"));
        }
        CohortSession last = CohortSession.<CohortSession>find(
                        "cohortId = ?1 and cancelledAt is null", Sort.descending("endsAt"), cohort.id)
                .firstResult();
        if (last != null && last.endsAt.isAfter(Moment.now())) {
            throw new ProblemException(
                    409,
                    "sessions-not-ended",
                    "Sessions not ended",
                    "the cohort's last session (" + Dates.of("en").when(last.startsAt) + ", id " + last.id
                            + ") has not ended yet; close the cohort after it",
                    List.of(FieldError.coded("sessionId", "sessions-not-ended", last.id.toString())));
        }
        cohort.closedAt = Moment.now();
        cohort.closedBy = caller.id();
        record(cohort, caller, CohortEvent.Change.CLOSED, null);
        return CohortService.scopeOf(cohort);
    }

    /** Reopens a closed cohort (operators, with a reason) so its records can change; results follow the next close. */
    public CohortScope reopen(Caller caller, String id, String reason) {
        Cohort cohort = cohorts.visible(caller, id);
        if (!access.operates(caller)) {
            throw Access.forbidden("a closed cohort is reopened by the centre's operators");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid(List.of(FieldError.coded("reason", "required", "a reason is required")));
        }
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(cohort);
        if (cohort.closedAt == null) {
            throw ProblemException.illegalTransition("the cohort is open", List.of("CLOSED"));
        }
        cohort.closedAt = null;
        cohort.closedBy = null;
        record(cohort, caller, CohortEvent.Change.REOPENED, reason.strip());
        return CohortService.scopeOf(cohort);
    }

    /** Refuses (409) a change of records in a closed cohort: its results are frozen until it is reopened. */
    public void requireOpen(UUID cohortId) {
        if (isClosed(cohortId)) {
            throw new ProblemException(
                    409,
                    "cohort-closed",
                    "Cohort closed",
                    "the cohort is closed and its results are frozen; an operator reopens it (with a reason) first",
                    null);
        }
    }

    public boolean isClosed(UUID cohortId) {
        return !em.createQuery("select c.id from Cohort c where c.id = :id and c.closedAt is not null", UUID.class)
                .setParameter("id", cohortId)
                .getResultList()
                .isEmpty();
    }

    /** Every close and reopen of the cohort, oldest first. */
    public List<Change> history(UUID cohortId) {
        return CohortEvent.<CohortEvent>list("cohortId", Sort.by("createdAt").and("id"), cohortId).stream()
                .map(e -> new Change(e.createdAt, e.actorId, e.change, e.reason))
                .toList();
    }

    private static void record(Cohort cohort, Caller caller, CohortEvent.Change change, String reason) {
        CohortEvent event = new CohortEvent();
        event.cohortId = cohort.id;
        event.actorId = caller.id();
        event.change = change;
        event.reason = reason;
        event.persist();
    }
}
