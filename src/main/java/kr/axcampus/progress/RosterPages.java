package kr.axcampus.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Moment;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The cohort's roll (출석부 grid, totals, decisions waiting) for its team and the learners' CEOs. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class RosterPages {
    private final ProgressViews views;
    private final CurrentCaller caller;
    private final PageSupport page;
    private final CentreTime time;

    public RosterPages(ProgressViews views, CurrentCaller caller, PageSupport page, CentreTime time) {
        this.time = time;
        this.views = views;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(
                PageContext ctx,
                CohortView cohort,
                List<SessionView> sessions,
                List<ProgressViews.RosterRow> rows,
                boolean staff,
                boolean atRiskOnly,
                List<CompanyView> companies,
                String company,
                List<ProgressViews.PendingLog> pending,
                List<ProgressViews.PendingCorrection> corrections,
                SessionView focus,
                int focusIndex,
                Set<String> todayIds,
                boolean focusStarted);
    }

    /** A learner, who sees only their own records, is sent to their own page. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response roster(
            @PathParam("id") String id,
            @QueryParam("risk") String risk,
            @QueryParam("company") String company,
            @QueryParam("session") String session) {
        boolean atRiskOnly = "1".equals(risk);
        ProgressViews.Roster roster = views.roster(caller.get(), id, atRiskOnly, company);
        if (roster == null) {
            return page.redirect("/cohorts/" + id + "/me", null);
        }
        boolean byCompany = company != null && !company.isBlank();
        List<SessionView> schedule = roster.sessions();
        LocalDate today = time.today();
        Set<String> todayIds = schedule.stream()
                .filter(s -> time.dayOf(s.startsAt()).equals(today))
                .map(SessionView::id)
                .collect(Collectors.toSet());
        int focusIndex = focus(schedule, session, todayIds, Moment.now());
        SessionView focus = focusIndex < 0 ? null : schedule.get(focusIndex);
        return page.render(Templates.roster(
                page.context(),
                roster.cohort(),
                roster.sessions(),
                roster.rows(),
                roster.staff(),
                atRiskOnly,
                roster.companies(),
                byCompany ? company : "",
                roster.pending(),
                roster.corrections(),
                focus,
                Math.max(0, focusIndex),
                todayIds,
                focus != null && !Moment.now().isBefore(focus.startsAt())));
    }

    /**
     * The session the roll opens on (the phone shows one at a time): the one asked for, else
     * today's first, else the last one that has started, else the first; -1 without sessions.
     */
    static int focus(List<SessionView> schedule, String asked, Set<String> todayIds, Instant now) {
        int started = -1;
        int firstToday = -1;
        for (int i = 0; i < schedule.size(); i++) {
            SessionView s = schedule.get(i);
            if (s.id().equals(asked)) {
                return i;
            }
            if (firstToday < 0 && todayIds.contains(s.id())) {
                firstToday = i;
            }
            if (!s.startsAt().isAfter(now)) {
                started = i;
            }
        }
        if (firstToday >= 0) {
            return firstToday;
        }
        return started >= 0 ? started : (schedule.isEmpty() ? -1 : 0);
    }
}
