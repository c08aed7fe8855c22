package kr.axcampus.attendance;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.FailureThrottle;

/** Counts wrong check-in codes per learner and session, and per session ({@link AttendanceRules.CodeGuesses}). */
@ApplicationScoped
class CodeGuesses {
    private final FailureThrottle throttle;
    private final FailureThrottle.Limit perLearner;
    private final FailureThrottle.Limit perSession;

    CodeGuesses(FailureThrottle throttle, AttendanceRules rules) {
        this.throttle = throttle;
        AttendanceRules.CodeGuesses limits = rules.codeGuesses();
        this.perLearner = new FailureThrottle.Limit(
                limits.perLearner(), limits.window(), limits.learnerDelay(), limits.maxDelay());
        this.perSession = new FailureThrottle.Limit(
                limits.perSession(), limits.window(), limits.sessionDelay(), limits.maxDelay());
    }

    /** Refuses (429) while the learner, or the whole session, is waiting after too many wrong codes. */
    void requireNotWaiting(UUID sessionId, UUID learnerId) {
        Optional<Duration> wait = throttle.waitFor(List.of(learnerKey(sessionId, learnerId), sessionKey(sessionId)));
        if (wait.isPresent()) {
            throw FailureThrottle.tooMany(wait.get(), "too many wrong codes");
        }
    }

    void recordWrongCode(UUID sessionId, UUID learnerId) {
        throttle.recordFailure(learnerKey(sessionId, learnerId), perLearner);
        throttle.recordFailure(sessionKey(sessionId), perSession);
    }

    private static String learnerKey(UUID sessionId, UUID learnerId) {
        return "code:" + sessionId + "|" + learnerId;
    }

    private static String sessionKey(UUID sessionId) {
        return "code:" + sessionId;
    }
}
