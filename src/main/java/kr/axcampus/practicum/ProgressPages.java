package kr.axcampus.practicum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.attendance.AttendanceService;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Role;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.practicum.dto.PracticeLogRequest;
import kr.axcampus.practicum.dto.PracticeLogView;
import kr.axcampus.practicum.dto.Progress;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** A learner's own progress (phone first) and the cohort's roll for its instructors and the learners' CEOs. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ProgressPages {
    private final ProgressService progress;
    private final CohortService cohorts;
    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CompanyService companies;
    private final PracticumService practicum;
    private final kr.axcampus.attendance.CorrectionService correctionRequests;
    private final kr.axcampus.catalog.CatalogService catalog;
    private final kr.axcampus.attendance.AttendanceRules rules;
    private final CurrentCaller caller;
    private final PageSupport page;

    public ProgressPages(
            ProgressService progress,
            CohortService cohorts,
            SessionService sessions,
            AttendanceService attendance,
            CompanyService companies,
            PracticumService practicum,
            kr.axcampus.attendance.CorrectionService correctionRequests,
            kr.axcampus.catalog.CatalogService catalog,
            kr.axcampus.attendance.AttendanceRules rules,
            CurrentCaller caller,
            PageSupport page) {
        this.companies = companies;
        this.practicum = practicum;
        this.correctionRequests = correctionRequests;
        this.catalog = catalog;
        this.rules = rules;
        this.progress = progress;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.attendance = attendance;
        this.caller = caller;
        this.page = page;
    }

    @TemplateData
    public record Cell(SessionView session, String status, int minutes, boolean open, boolean correctable) {}

    @TemplateData
    public record RosterRow(Progress progress, List<Cell> cells) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(
                PageContext ctx,
                CohortView cohort,
                Progress progress,
                List<Cell> sessions,
                List<PracticeLogView> logs,
                int logCap,
                FormErrors errors,
                LogForm form);

        static native TemplateInstance roster(
                PageContext ctx,
                CohortView cohort,
                List<SessionView> sessions,
                List<RosterRow> rows,
                boolean staff,
                boolean atRiskOnly,
                List<CompanyView> companies,
                String company,
                List<PendingLog> pending,
                List<PendingCorrection> corrections);

        static native TemplateInstance company(PageContext ctx, List<CompanyRow> rows);
    }

    @GET
    @Path("/{id}/me")
    @Operation(hidden = true)
    public Response mine(@PathParam("id") String id) {
        return minePage(
                id,
                FormErrors.NONE,
                new LogForm("", java.time.LocalDate.now(rules.zone()).toString(), ""),
                200);
    }

    /** The learner's practice log form (the page's own, with the values kept when refused). */
    @TemplateData
    public record LogForm(String minutes, String performedOn, String description) {}

    @TemplateData
    public record PendingLog(PracticeLogView log, String name) {}

    @TemplateData
    public record PendingCorrection(
            kr.axcampus.attendance.dto.CorrectionView request, String name, SessionView session) {}

    @POST
    @Path("/{id}/me/practice-logs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submitLog(
            @PathParam("id") String id,
            @FormParam("minutes") String minutes,
            @FormParam("performedOn") String performedOn,
            @FormParam("description") String description) {
        LogForm form = new LogForm(minutes, performedOn, description);
        try {
            List<kr.axcampus.common.FieldError> errors = new ArrayList<>();
            Integer parsedMinutes = parse(minutes, errors, "minutes", Integer::valueOf);
            java.time.LocalDate day = parse(performedOn, errors, "performedOn", java.time.LocalDate::parse);
            if (!errors.isEmpty()) {
                throw kr.axcampus.common.ProblemException.invalid(errors);
            }
            practicum.submit(caller.get(), id, new PracticeLogRequest(parsedMinutes, day, description, null));
            return page.redirect("/cohorts/" + id + "/me", page.msg().log_submitted());
        } catch (kr.axcampus.common.ProblemException e) {
            return minePage(id, FormErrors.of(e), form, e.status());
        }
    }

    @POST
    @Path("/{id}/practice-logs/{logId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decideLog(
            @PathParam("id") String id,
            @PathParam("logId") String logId,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        practicum.decide(caller.get(), logId, "approve".equals(decision), reason);
        return page.redirect("/cohorts/" + id, page.msg().log_decided());
    }

    private Response minePage(String id, FormErrors errors, LogForm form, int status) {
        Caller me = caller.get();
        Progress mine = progress.forLearner(me, id, me.id().toString());
        List<Cell> cells = cells(
                        cohorts.scope(me, id),
                        sessions.list(me, id),
                        List.of(me.id().toString()))
                .get(me.id().toString());
        CohortView cohort = cohorts.get(me, id);
        int cap = catalog.findCourse(cohort.courseCode())
                .map(c -> c.policy().practiceLogCapMinutes())
                .orElse(0);
        return page.render(
                Templates.mine(page.context(), cohort, mine, cells, practicum.logs(me, id), cap, errors, form), status);
    }

    private static <T> T parse(
            String value,
            List<kr.axcampus.common.FieldError> errors,
            String field,
            java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            errors.add(kr.axcampus.common.FieldError.coded(field, "required", "required"));
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            errors.add(kr.axcampus.common.FieldError.coded(field, "invalid", "not valid"));
            return null;
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response roster(
            @PathParam("id") String id, @QueryParam("risk") String risk, @QueryParam("company") String company) {
        Caller me = caller.get();
        CohortScope scope = cohorts.scope(me, id);
        boolean staff = me.isAdmin() || scope.taughtBy(me.id());
        if (!staff && !me.has(Role.CEO)) {
            return page.redirect("/cohorts/" + id + "/me", null);
        }
        boolean atRiskOnly = "1".equals(risk);
        List<Progress> learners = progress.forCohort(me, id);
        List<SessionView> schedule = sessions.list(me, id);
        Map<String, List<Cell>> cells =
                cells(scope, schedule, learners.stream().map(Progress::userId).toList());
        List<RosterRow> rows = new ArrayList<>();
        java.util.Set<String> present = new java.util.HashSet<>();
        learners.forEach(p -> present.add(p.companyId()));
        List<CompanyView> companyChoices = companies.allInCenter(me.centerId()).stream()
                .filter(c -> present.contains(c.id()))
                .toList();
        boolean byCompany = company != null && !company.isBlank();
        for (Progress p : learners) {
            if ((!atRiskOnly || p.atRisk()) && (!byCompany || company.equals(p.companyId()))) {
                rows.add(new RosterRow(p, cells.getOrDefault(p.userId(), List.of())));
            }
        }
        Map<String, String> names = new HashMap<>();
        learners.forEach(p -> names.put(p.userId(), p.name()));
        List<PendingLog> pending = staff
                ? practicum.logs(me, id).stream()
                        .filter(l -> "PENDING".equals(l.status()))
                        .map(l -> new PendingLog(l, names.get(l.userId())))
                        .toList()
                : List.of();
        Map<String, SessionView> byId = new HashMap<>();
        schedule.forEach(sv -> byId.put(sv.id(), sv));
        List<PendingCorrection> corrections = staff
                ? correctionRequests.pendingInCohort(scope.id()).stream()
                        .map(c -> new PendingCorrection(c, names.get(c.userId()), byId.get(c.sessionId())))
                        .toList()
                : List.of();
        return page.render(Templates.roster(
                page.context(),
                cohorts.get(me, id),
                schedule,
                rows,
                staff,
                atRiskOnly,
                companyChoices,
                byCompany ? company : "",
                pending,
                corrections));
    }

    @TemplateData
    public record CompanyRow(CohortView cohort, Progress progress) {}

    /** A CEO's view of their own employees across cohorts: one progress aggregate per cohort. */
    @GET
    @Path("/company")
    @RolesAllowed(Roles.CEO)
    @Operation(hidden = true)
    public Response company() {
        Caller me = caller.get();
        List<CompanyRow> rows = new ArrayList<>();
        for (CohortView cohort :
                cohorts.list(me, kr.axcampus.common.PageRequest.of(0, 200)).items()) {
            for (Progress p : progress.forCohort(me, cohort.id())) {
                rows.add(new CompanyRow(cohort, p));
            }
        }
        return page.render(Templates.company(page.context(), rows));
    }

    /** Each learner's cells in session order, from one query of the cohort's records. */
    private Map<String, List<Cell>> cells(CohortScope scope, List<SessionView> schedule, List<String> userIds) {
        Map<String, RecordView> records = new HashMap<>();
        for (RecordView r : attendance.recordsOfCohort(scope.id())) {
            records.put(r.sessionId() + "/" + r.userId(), r);
        }
        Map<String, List<Cell>> byLearner = new HashMap<>();
        userIds.forEach(userId -> byLearner.put(userId, new ArrayList<>()));
        java.time.Instant now = java.time.Instant.now();
        for (Map.Entry<String, List<Cell>> learner : byLearner.entrySet()) {
            for (SessionView s : schedule) {
                RecordView r = records.get(s.id() + "/" + learner.getKey());
                boolean open = !now.isBefore(s.startsAt().minus(rules.checkInOpensBefore()))
                        && !now.isAfter(s.endsAt().plus(rules.checkOutClosesAfter()));
                // A learner may ask for a correction once the session started, until the end of the next day.
                boolean correctable = !now.isBefore(s.startsAt())
                        && now.isBefore(s.endsAt()
                                .atZone(rules.zone())
                                .toLocalDate()
                                .plusDays(2)
                                .atStartOfDay(rules.zone())
                                .toInstant());
                learner.getValue()
                        .add(new Cell(
                                s,
                                r == null || r.status() == null
                                        ? ""
                                        : r.status().name(),
                                r == null ? 0 : r.creditedMinutes(),
                                open,
                                correctable));
            }
        }
        return byLearner;
    }
}
