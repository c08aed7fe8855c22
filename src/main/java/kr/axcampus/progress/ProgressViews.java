package kr.axcampus.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Access;
import kr.axcampus.access.Sight;
import kr.axcampus.attendance.CorrectionService;
import kr.axcampus.attendance.dto.CorrectionView;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.practicum.PracticumService;
import kr.axcampus.practicum.dto.PracticeLogView;
import kr.axcampus.progress.dto.Progress;

/**
 * What the progress pages show, each page's data gathered in one place: the learner's own
 * progress with their sessions and logs, the cohort's roster with the decisions waiting for its
 * team, and a CEO's employees across cohorts. Every number comes from {@link ProgressService}.
 */
@ApplicationScoped
public class ProgressViews {
    private final ProgressService progress;
    private final CohortService cohorts;
    private final SessionService sessions;
    private final SessionCells cells;
    private final PracticumService practicum;
    private final CorrectionService corrections;
    private final CompanyService companies;
    private final Access access;

    public ProgressViews(
            ProgressService progress,
            CohortService cohorts,
            SessionService sessions,
            SessionCells cells,
            PracticumService practicum,
            CorrectionService corrections,
            CompanyService companies,
            Access access) {
        this.progress = progress;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.cells = cells;
        this.practicum = practicum;
        this.corrections = corrections;
        this.companies = companies;
        this.access = access;
    }

    /** The learner's own page. */
    public record Mine(
            CohortView cohort, Progress progress, List<SessionCell> sessions, List<PracticeLogView> logs, int logCap) {}

    @TemplateData
    public record RosterRow(Progress progress, List<SessionCell> cells) {}

    @TemplateData
    public record PendingLog(PracticeLogView log, String name) {}

    @TemplateData
    public record PendingCorrection(CorrectionView request, String name, SessionView session) {}

    /** The cohort's roll, filtered by company or to the learners at risk; null when the caller sees only their own. */
    public record Roster(
            CohortView cohort,
            List<SessionView> sessions,
            List<RosterRow> rows,
            boolean staff,
            List<CompanyView> companies,
            List<PendingLog> pending,
            List<PendingCorrection> corrections) {}

    @TemplateData
    public record CompanyRow(CohortView cohort, Progress progress) {}

    public Mine mine(Caller caller, String cohortId) {
        Progress mine = progress.forLearner(caller, cohortId, caller.id().toString());
        CohortScope scope = cohorts.scope(caller, cohortId);
        List<SessionCell> own = cells.of(scope.id(), held(sessions.list(caller, cohortId)), List.of(mine.userId()))
                .get(mine.userId());
        return new Mine(
                cohorts.get(caller, cohortId),
                mine,
                own,
                practicum.logs(caller, cohortId),
                progress.policyOf(scope.courseId()).practiceLogCapMinutes());
    }

    /** The roster of a cohort for its team (everyone) or a CEO (their employees); null for a learner. */
    public Roster roster(Caller caller, String cohortId, boolean atRiskOnly, String company) {
        CohortScope scope = cohorts.scope(caller, cohortId);
        Sight sight = access.employerSight(caller, scope);
        if (sight.ownOnly()) {
            return null;
        }
        List<Progress> learners = progress.forCohort(caller, cohortId);
        List<SessionView> schedule = held(sessions.list(caller, cohortId));
        Map<String, List<SessionCell>> grid = cells.of(
                scope.id(), schedule, learners.stream().map(Progress::userId).toList());
        boolean byCompany = company != null && !company.isBlank();
        List<RosterRow> rows = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (Progress p : learners) {
            present.add(p.companyId());
            names.put(p.userId(), p.name());
            if ((!atRiskOnly || p.atRisk()) && (!byCompany || company.equals(p.companyId()))) {
                rows.add(new RosterRow(p, grid.getOrDefault(p.userId(), List.of())));
            }
        }
        List<CompanyView> companyChoices = companies.allInCenter(caller.centerId()).stream()
                .filter(c -> present.contains(c.id()))
                .toList();
        return new Roster(
                cohorts.get(caller, cohortId),
                schedule,
                rows,
                sight.everyone(),
                companyChoices,
                sight.everyone() ? pendingLogs(caller, cohortId, names) : List.of(),
                sight.everyone() ? pendingCorrections(caller, scope, schedule, names) : List.of());
    }

    /** A CEO's employees across the cohorts they can see: one progress aggregate per cohort. */
    public List<CompanyRow> company(Caller caller) {
        List<CompanyRow> rows = new ArrayList<>();
        for (CohortView cohort :
                cohorts.list(caller, PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
            for (Progress p : progress.forCohort(caller, cohort.id())) {
                rows.add(new CompanyRow(cohort, p));
            }
        }
        return rows;
    }

    /** The sessions that take attendance: a cancelled one has no column and no cell. */
    private static List<SessionView> held(List<SessionView> schedule) {
        return schedule.stream().filter(s -> !s.cancelled()).toList();
    }

    private List<PendingLog> pendingLogs(Caller caller, String cohortId, Map<String, String> names) {
        return practicum.logs(caller, cohortId).stream()
                .filter(l -> "PENDING".equals(l.status()))
                .map(l -> new PendingLog(l, names.get(l.userId())))
                .toList();
    }

    private List<PendingCorrection> pendingCorrections(
            Caller caller, CohortScope scope, List<SessionView> schedule, Map<String, String> names) {
        Map<String, SessionView> byId = new HashMap<>();
        schedule.forEach(s -> byId.put(s.id(), s));
        return corrections.pendingInCohort(caller, scope.id()).stream()
                .map(c -> new PendingCorrection(c, names.get(c.userId()), byId.get(c.sessionId())))
                .toList();
    }
}
