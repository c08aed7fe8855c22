package kr.axcampus.progress;

import java.util.List;

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
import kr.axcampus.common.CurrentCaller;
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

    public RosterPages(ProgressViews views, CurrentCaller caller, PageSupport page) {
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
                List<ProgressViews.PendingCorrection> corrections);
    }

    /** A learner, who sees only their own records, is sent to their own page. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response roster(
            @PathParam("id") String id, @QueryParam("risk") String risk, @QueryParam("company") String company) {
        boolean atRiskOnly = "1".equals(risk);
        ProgressViews.Roster roster = views.roster(caller.get(), id, atRiskOnly, company);
        if (roster == null) {
            return page.redirect("/cohorts/" + id + "/me", null);
        }
        boolean byCompany = company != null && !company.isBlank();
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
                roster.corrections()));
    }
}
