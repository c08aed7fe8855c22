package kr.axcampus.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import kr.axcampus.attendance.CorrectionDecided;
import kr.axcampus.coaching.CoachingChanged;
import kr.axcampus.coaching.CoachingStatus;
import kr.axcampus.delivery.CertificateIssued;
import kr.axcampus.practicum.PracticeLogDecided;
import kr.axcampus.submission.DeliverableReviewed;

/**
 * Tells people of decisions about their work, from the deciding features' events. Each observer
 * runs inside the decision's transaction: the notice is committed with the decision or not at all,
 * and its occasion (the decision itself) makes a retried request post nothing new.
 */
@ApplicationScoped
class DecisionNotices {
    private final Notices notices;

    DecisionNotices(Notices notices) {
        this.notices = notices;
    }

    void reviewed(@Observes DeliverableReviewed e) {
        notices.post(
                new NoticeDraft(
                        NoticeKind.DELIVERABLE_REVIEWED,
                        e.centerId(),
                        e.versionId(),
                        "reviewed",
                        Map.of(
                                "cohort", e.cohortCode(),
                                "version", String.valueOf(e.version()),
                                "decision", e.decision().name()),
                        "/cohorts/" + e.cohortId() + "/submission"),
                List.of(e.learnerId()));
    }

    void correctionDecided(@Observes CorrectionDecided e) {
        Map<String, String> facts = decided(e.cohortCode(), "accepted", e.accepted(), e.reason());
        facts.put("sessionAt", e.sessionStartsAt().toString());
        notices.post(
                new NoticeDraft(
                        NoticeKind.CORRECTION_DECIDED,
                        e.centerId(),
                        e.requestId(),
                        "decided",
                        facts,
                        "/cohorts/" + e.cohortId() + "/me"),
                List.of(e.learnerId()));
    }

    void logDecided(@Observes PracticeLogDecided e) {
        Map<String, String> facts = decided(e.cohortCode(), "approved", e.approved(), e.reason());
        facts.put("minutes", String.valueOf(e.minutes()));
        notices.post(
                new NoticeDraft(
                        NoticeKind.PRACTICE_LOG_DECIDED,
                        e.centerId(),
                        e.logId(),
                        "decided",
                        facts,
                        "/cohorts/" + e.cohortId() + "/me/practice-logs"),
                List.of(e.learnerId()));
    }

    /** The asker hears of every move; the coach hears that a request was assigned to them. */
    void coachingChanged(@Observes CoachingChanged e) {
        String link = "/coaching/" + e.requestId();
        String occasion = "change:" + e.changeId();
        notices.post(
                new NoticeDraft(
                        NoticeKind.COACHING_UPDATED,
                        e.centerId(),
                        e.requestId(),
                        occasion,
                        Map.of("title", e.title(), "status", e.status().name(), "role", "asker"),
                        link),
                List.of(e.requesterId()));
        if (e.status() == CoachingStatus.ASSIGNED && e.coachId() != null) {
            notices.post(
                    new NoticeDraft(
                            NoticeKind.COACHING_UPDATED,
                            e.centerId(),
                            e.requestId(),
                            occasion,
                            Map.of("title", e.title(), "status", e.status().name(), "role", "coach"),
                            link),
                    List.of(e.coachId()));
        }
    }

    void certificateIssued(@Observes CertificateIssued e) {
        notices.post(
                new NoticeDraft(
                        NoticeKind.CERTIFICATE_READY,
                        e.centerId(),
                        e.certificateId(),
                        e.serial(),
                        Map.of("cohort", e.cohortCode(), "serial", e.serial()),
                        "/cohorts/" + e.cohortId() + "/me"),
                List.of(e.learnerId()));
    }

    /** A decision's facts: the cohort, yes or no under {@code outcome}, and the reason when one was given. */
    private static Map<String, String> decided(String cohort, String outcome, boolean yes, String reason) {
        Map<String, String> facts = new HashMap<>();
        facts.put("cohort", cohort);
        facts.put(outcome, String.valueOf(yes));
        if (reason != null) {
            facts.put("reason", reason);
        }
        return facts;
    }
}
