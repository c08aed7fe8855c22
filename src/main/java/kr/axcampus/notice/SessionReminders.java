package kr.axcampus.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.SessionAhead;
import kr.axcampus.common.ClusterLock;
import kr.axcampus.common.Moment;

/**
 * Reminds learners and instructors of a session the day before (within 24 hours of its start),
 * and an hour before for online ones. The occasion is the start itself: a session moved to
 * another time is reminded of again, a job run twice reminds no one twice.
 */
@ApplicationScoped
public class SessionReminders {
    static final Duration DAY_BEFORE = Duration.ofHours(24);
    static final Duration HOUR_BEFORE = Duration.ofHours(1);

    private final SessionService sessions;
    private final Notices notices;
    private final ClusterLock lock;

    public SessionReminders(SessionService sessions, Notices notices, ClusterLock lock) {
        this.sessions = sessions;
        this.notices = notices;
        this.lock = lock;
    }

    @Scheduled(every = "${axcampus.notice.remind-every}", delayed = "5s")
    void onSchedule() {
        if (lock.claim("notice-session-reminders", Duration.ofSeconds(50))) {
            remind(Moment.now());
        }
    }

    /** Posts the reminders due at {@code now}; answers how many notices are new. */
    @Transactional
    public int remind(Instant now) {
        int posted = 0;
        for (SessionAhead session : sessions.startingBetween(now, now.plus(DAY_BEFORE))) {
            posted += post(session, "day");
            if (session.online() && !session.startsAt().isAfter(now.plus(HOUR_BEFORE))) {
                posted += post(session, "hour");
            }
        }
        return posted;
    }

    private int post(SessionAhead session, String ahead) {
        Map<String, String> facts = new HashMap<>();
        facts.put("course", session.courseTitle());
        facts.put("courseEn", session.courseTitleEn());
        facts.put("cohort", session.cohortCode());
        facts.put("startsAt", session.startsAt().toString());
        facts.put("ahead", ahead);
        if (session.location() != null) {
            facts.put("place", session.location());
        }
        String occasion = ahead + ":" + session.startsAt();
        int posted = notices.post(
                new NoticeDraft(
                        NoticeKind.SESSION_REMINDER,
                        session.centerId(),
                        session.sessionId(),
                        occasion,
                        facts,
                        "/check-in/" + session.sessionId()),
                session.learnerIds());
        posted += notices.post(
                new NoticeDraft(
                        NoticeKind.SESSION_REMINDER,
                        session.centerId(),
                        session.sessionId(),
                        occasion,
                        facts,
                        "/sessions/" + session.sessionId() + "/live"),
                session.instructorIds());
        return posted;
    }
}
