package kr.axcampus.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.ClusterLock;
import kr.axcampus.common.Moment;
import kr.axcampus.progress.ProgressService;
import kr.axcampus.progress.dto.Progress;

/**
 * Tells a learner and their cohort's instructors when the learner becomes at risk — once per
 * crossing. Every 30 seconds (one replica, the lease) it reads each running cohort's progress from
 * the progress room's statement, the same numbers every page shows, so a roll call, a correction
 * or a session's end shows within a minute. Whether someone was at risk is kept in the database,
 * not in memory: a restart or a second replica finds the same state and tells no one twice.
 */
@ApplicationScoped
public class AtRiskWatch {
    /** Corrections and late practice logs still change standing this long after a cohort's end. */
    static final int SETTLE_DAYS = 14;

    private final CohortService cohorts;
    private final ProgressService progress;
    private final Notices notices;
    private final ClusterLock lock;
    private final CentreTime time;
    private final EntityManager em;

    public AtRiskWatch(
            CohortService cohorts,
            ProgressService progress,
            Notices notices,
            ClusterLock lock,
            CentreTime time,
            EntityManager em) {
        this.cohorts = cohorts;
        this.progress = progress;
        this.notices = notices;
        this.lock = lock;
        this.time = time;
        this.em = em;
    }

    @Scheduled(every = "${axcampus.notice.watch-every}", delayed = "5s")
    void onSchedule() {
        if (lock.claim("notice-at-risk-watch", Duration.ofSeconds(25))) {
            watch(Moment.now());
        }
    }

    /** Looks at every running cohort once; answers how many notices are new. */
    public int watch(Instant now) {
        int posted = 0;
        for (CohortScope cohort : cohorts.inProgress(now, time.today(), SETTLE_DAYS)) {
            posted += watch(cohort, now);
        }
        return posted;
    }

    /** One cohort in its own transaction: its crossings and their notices are committed together. */
    public int watch(CohortScope cohort, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<UUID, Boolean> known = known(cohort.id());
            int posted = 0;
            for (Progress learner : progress.ofCohort(cohort)) {
                UUID id = UUID.fromString(learner.userId());
                boolean was = known.getOrDefault(id, false);
                if (learner.atRisk() && !was) {
                    Integer crossing = crossInto(cohort.id(), id, now);
                    if (crossing != null) {
                        posted += tell(cohort, learner, id, crossing);
                    }
                } else if (!learner.atRisk() && was) {
                    leave(cohort.id(), id, now);
                }
            }
            return posted;
        });
    }

    private int tell(CohortScope cohort, Progress learner, UUID id, int crossing) {
        String occasion = "learner:" + id + ":crossing:" + crossing;
        int posted = notices.post(
                new NoticeDraft(
                        NoticeKind.AT_RISK,
                        cohort.centerId(),
                        cohort.id(),
                        occasion,
                        Map.of("cohort", cohort.code(), "learner", learner.name(), "self", "true"),
                        "/cohorts/" + cohort.id() + "/me"),
                List.of(id));
        posted += notices.post(
                new NoticeDraft(
                        NoticeKind.AT_RISK,
                        cohort.centerId(),
                        cohort.id(),
                        occasion,
                        Map.of("cohort", cohort.code(), "learner", learner.name(), "self", "false"),
                        "/cohorts/" + cohort.id() + "?risk=1"),
                cohort.instructorIds());
        return posted;
    }

    private Map<UUID, Boolean> known(UUID cohortId) {
        Map<UUID, Boolean> known = new HashMap<>();
        em.createNativeQuery("SELECT user_id, at_risk FROM notice_risk_state WHERE cohort_id = ?1", Object[].class)
                .setParameter(1, cohortId)
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    known.put((UUID) r[0], (Boolean) r[1]);
                });
        return known;
    }

    /**
     * Marks the learner at risk unless someone already did: the crossing's number for the one caller
     * that flipped it, {@code null} for any other (a second replica waits on the row and finds it set).
     */
    private Integer crossInto(UUID cohortId, UUID userId, Instant now) {
        List<?> crossed = em.createNativeQuery("""
                        INSERT INTO notice_risk_state (cohort_id, user_id, at_risk, crossings, changed_at)
                        VALUES (?1, ?2, true, 1, ?3)
                        ON CONFLICT (cohort_id, user_id) DO UPDATE
                            SET at_risk = true, crossings = notice_risk_state.crossings + 1, changed_at = excluded.changed_at
                            WHERE notice_risk_state.at_risk = false
                        RETURNING crossings""")
                .setParameter(1, cohortId)
                .setParameter(2, userId)
                .setParameter(3, now)
                .getResultList();
        return crossed.isEmpty() ? null : ((Number) crossed.get(0)).intValue();
    }

    private void leave(UUID cohortId, UUID userId, Instant now) {
        em.createNativeQuery("UPDATE notice_risk_state SET at_risk = false, changed_at = ?3"
                        + " WHERE cohort_id = ?1 AND user_id = ?2 AND at_risk")
                .setParameter(1, cohortId)
                .setParameter(2, userId)
                .setParameter(3, now)
                .executeUpdate();
    }
}
