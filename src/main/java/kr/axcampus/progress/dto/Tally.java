package kr.axcampus.progress.dto;

import java.util.Collection;

import io.quarkus.qute.TemplateData;

import kr.axcampus.progress.CompletionStatus;

/**
 * Head counts of a group of learners' progress (a cohort, a company): in training, at risk,
 * completed, and the practicum minutes delivered to them. Withdrawn learners are not counted.
 */
@TemplateData
public record Tally(int learners, int atRisk, int completed, int practicumMinutes) {
    public static final Tally NONE = new Tally(0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(
                learners + other.learners,
                atRisk + other.atRisk,
                completed + other.completed,
                practicumMinutes + other.practicumMinutes);
    }

    public static Tally of(Collection<Progress> group) {
        int learners = 0;
        int atRisk = 0;
        int completed = 0;
        int practicum = 0;
        for (Progress p : group) {
            if ("WITHDRAWN".equals(p.enrollmentStatus())) {
                continue;
            }
            learners++;
            atRisk += p.atRisk() ? 1 : 0;
            completed += p.completion().status() == CompletionStatus.COMPLETED ? 1 : 0;
            practicum += p.practicumMinutes();
        }
        return new Tally(learners, atRisk, completed, practicum);
    }
}
