package kr.axcampus.diagnosis;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.progress.ProgressService;
import kr.axcampus.progress.dto.Progress;

/**
 * A roadmap's people's progress in its target cohorts, read from the progress room (one aggregate
 * per cohort), never recomputed here.
 */
@ApplicationScoped
public class RoadmapProgressReader {
    private final CohortService cohorts;
    private final ProgressService progress;

    public RoadmapProgressReader(CohortService cohorts, ProgressService progress) {
        this.cohorts = cohorts;
        this.progress = progress;
    }

    /** For each cohort, its named people's progress by user id (those not enrolled are absent). */
    Map<UUID, Map<String, Progress>> of(UUID centerId, Map<UUID, Set<UUID>> peopleByCohort) {
        Map<UUID, Map<String, Progress>> found = new HashMap<>();
        peopleByCohort.forEach((cohortId, people) -> {
            CohortScope cohort = cohorts.scopeInCenter(centerId, cohortId).orElse(null);
            Map<String, Progress> byUser = new HashMap<>();
            if (cohort != null) {
                progress.ofPeople(cohort, people).forEach(p -> byUser.put(p.userId(), p));
            }
            found.put(cohortId, byUser);
        });
        return found;
    }
}
