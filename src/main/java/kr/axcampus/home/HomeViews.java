package kr.axcampus.home;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;

import kr.axcampus.attendance.CheckInService;
import kr.axcampus.attendance.CorrectionService;
import kr.axcampus.attendance.dto.CorrectionView;
import kr.axcampus.attendance.dto.Standing;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.CohortStatus;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.AgendaItem;
import kr.axcampus.cohort.dto.CohortFilter;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.practicum.PracticumService;
import kr.axcampus.progress.ProgressService;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.progress.dto.Tally;
import kr.axcampus.submission.SubmissionService;

/**
 * What each home page shows of today: the team's desk (today's sessions, each running cohort with
 * its at-risk count and the decisions waiting) and the learner's day (today's sessions with what
 * they may do now, their cohorts' progress, what asks for their action). Every number comes from
 * the features' services; the at-risk counts from the progress room's statement.
 */
@ApplicationScoped
public class HomeViews {
    /** How long a decided correction stays on the learner's home. */
    static final Duration RECENT = Duration.ofDays(14);

    private final SessionService sessions;
    private final CohortService cohorts;
    private final ProgressService progress;
    private final CheckInService checkIns;
    private final CorrectionService corrections;
    private final PracticumService practicum;
    private final SubmissionService submissions;
    private final CentreTime time;

    public HomeViews(
            SessionService sessions,
            CohortService cohorts,
            ProgressService progress,
            CheckInService checkIns,
            CorrectionService corrections,
            PracticumService practicum,
            SubmissionService submissions,
            CentreTime time) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.progress = progress;
        this.checkIns = checkIns;
        this.corrections = corrections;
        this.practicum = practicum;
        this.submissions = submissions;
        this.time = time;
    }

    /** A cohort on the team's desk: its counts and the decisions waiting for its team. */
    @TemplateData
    public record DeskRow(CohortView cohort, Tally tally, long corrections, long logs, long reviews) {}

    /** The operator's or instructor's desk. */
    @TemplateData
    public record Desk(
            List<AgendaItem> today, List<DeskRow> cohorts, long atRisk, long corrections, long logs, long reviews) {}

    /** A session of the learner's day with what they may do now. */
    @TemplateData
    public record TodayItem(AgendaItem item, Standing standing) {}

    /** One of the learner's cohorts with their progress toward completion. */
    @TemplateData
    public record MyCohort(CohortView cohort, Progress progress) {}

    /** A deliverable sent back, with its cohort's code. */
    @TemplateData
    public record SentBackItem(SubmissionService.SentBack item, String cohortCode) {}

    /** The learner's day. */
    @TemplateData
    public record LearnerDay(
            List<TodayItem> today,
            AgendaItem next,
            List<MyCohort> cohorts,
            List<SentBackItem> sentBack,
            List<CorrectionView> decided) {

        public boolean anythingToDo() {
            return !sentBack.isEmpty() || !decided.isEmpty();
        }
    }

    /** Today's sessions and the running (or soon starting) cohorts the caller runs. */
    public Desk desk(Caller caller) {
        List<AgendaItem> today = today(caller);
        List<CohortView> active = new ArrayList<>();
        for (CohortStatus status : List.of(CohortStatus.RUNNING, CohortStatus.PLANNED)) {
            active.addAll(
                    cohorts.list(caller, new CohortFilter(status, null, null), PageRequest.of(0, 50)).items().stream()
                            .filter(c -> status == CohortStatus.RUNNING
                                    || c.startDate().isBefore(time.today().plusDays(15)))
                            .toList());
        }
        List<UUID> ids = active.stream().map(c -> UUID.fromString(c.id())).toList();
        Map<UUID, Long> pendingCorrections = corrections.pendingByCohort(ids);
        Map<UUID, Long> pendingLogs = practicum.pendingByCohort(ids);
        Map<UUID, Long> waitingReviews = submissions.waitingByCohort(ids);
        List<DeskRow> rows = new ArrayList<>();
        for (CohortView cohort : active) {
            UUID id = UUID.fromString(cohort.id());
            rows.add(new DeskRow(
                    cohort,
                    cohort.status() == CohortStatus.RUNNING ? progress.tally(caller, cohort.id()) : Tally.NONE,
                    pendingCorrections.getOrDefault(id, 0L),
                    pendingLogs.getOrDefault(id, 0L),
                    waitingReviews.getOrDefault(id, 0L)));
        }
        return new Desk(
                today,
                rows,
                sum(rows, r -> (long) r.tally().atRisk()),
                sum(pendingCorrections.values()),
                sum(pendingLogs.values()),
                sum(waitingReviews.values()));
    }

    /** Today's sessions (with what the learner may do now), the next one, their cohorts and their to-dos. */
    public LearnerDay learnerDay(Caller caller) {
        List<AgendaItem> today =
                today(caller).stream().filter(a -> !a.teaching()).toList();
        Map<String, Standing> standings = checkIns.standings(
                caller, today.stream().map(AgendaItem::session).toList());
        List<TodayItem> items = today.stream()
                .map(a -> new TodayItem(a, standings.get(a.session().id())))
                .toList();
        Instant now = Moment.now();
        boolean moreToday = today.stream()
                .anyMatch(a -> a.session().endsAt().isAfter(now) && !a.session().cancelled());
        AgendaItem next = moreToday
                ? null
                : sessions.next(caller, time.startOf(time.today().plusDays(1))).orElse(null);
        List<CohortView> mine = cohorts.list(caller, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(c -> c.status() != CohortStatus.CANCELLED)
                .toList();
        List<MyCohort> progressed = new ArrayList<>();
        for (CohortView cohort : mine) {
            if (cohort.status() != CohortStatus.FINISHED
                    || cohort.endDate().isAfter(time.today().minusDays(30))) {
                progressed.add(new MyCohort(
                        cohort,
                        progress.forLearner(caller, cohort.id(), caller.id().toString())));
            }
        }
        Map<String, String> codes = mine.stream().collect(Collectors.toMap(CohortView::id, CohortView::code));
        List<SentBackItem> sentBack = submissions.sentBackTo(caller).stream()
                .filter(s -> codes.containsKey(s.cohortId()))
                .map(s -> new SentBackItem(s, codes.get(s.cohortId())))
                .toList();
        return new LearnerDay(items, next, progressed, sentBack, corrections.decidedFor(caller, now.minus(RECENT)));
    }

    /** A CEO's employees across their cohorts, as the company page counts them: counts only, from the progress room. */
    public Tally company(Caller caller) {
        Tally total = Tally.NONE;
        for (CohortView cohort :
                cohorts.list(caller, PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            // The same cohorts as the company page, so the two pages agree.
            total = total.plus(progress.employeesTally(caller, cohort.id()));
        }
        return total;
    }

    private List<AgendaItem> today(Caller caller) {
        LocalDate day = time.today();
        return sessions.agenda(caller, time.startOf(day), time.startOf(day.plusDays(1)));
    }

    private static <T> long sum(List<T> rows, Function<T, Long> value) {
        return rows.stream().mapToLong(value::apply).sum();
    }

    private static long sum(Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
