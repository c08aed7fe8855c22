package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.cohort.dto.CohortFilter;
import kr.axcampus.cohort.dto.CohortForm;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.GenerateForm;
import kr.axcampus.cohort.dto.SessionForm;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.web.Dates;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.WorkMsg;

/** The operator's cohort pages: the list with filters, a new cohort, and one cohort's schedule and details. */
@Path("/admin/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CohortPages {
    private final CohortService cohorts;
    private final SessionService sessions;
    private final CohortWorkspace workspace;
    private final CurrentCaller caller;
    private final PageSupport page;

    public CohortPages(
            CohortService cohorts,
            SessionService sessions,
            CohortWorkspace workspace,
            CurrentCaller caller,
            PageSupport page) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.workspace = workspace;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx,
                PageResult<CohortView> cohorts,
                CohortFilter filter,
                CohortStatus[] statuses,
                List<CourseSummary> courses,
                List<UserView> instructors,
                CohortForm form,
                FormErrors errors,
                DeliveryMode[] modes);
    }

    @GET
    @Operation(hidden = true)
    public Response list(
            @QueryParam("page") Integer pageNumber,
            @QueryParam("status") String status,
            @QueryParam("course") String course,
            @QueryParam("instructor") String instructor) {
        CohortFilter filter;
        try {
            filter = new CohortFilter(Enums.parse(CohortStatus.class, status, "status"), course, instructor);
        } catch (ProblemException unknownStatus) {
            filter = new CohortFilter(null, course, instructor);
        }
        return listPage(pageNumber, filter, new CohortForm(), FormErrors.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@BeanParam CohortForm form) {
        try {
            CohortView created = cohorts.create(caller.get(), form.toRequest());
            return page.redirect(
                    "/admin/cohorts/" + created.id(),
                    page.messages(WorkMsg.class).flash_cohort_created(created.code()));
        } catch (ProblemException e) {
            return listPage(0, CohortFilter.ALL, form, FormErrors.of(e), e.status());
        }
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response cohort(@PathParam("id") String id, @QueryParam("company") String company) {
        return workspace.render(id, company, Feedback.NONE, CohortWorkspace.Typed.NONE, 200);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @BeanParam CohortForm form) {
        try {
            CohortView updated = cohorts.update(caller.get(), id, form.toRequest());
            return page.redirect(
                    "/admin/cohorts/" + updated.id(),
                    page.messages(WorkMsg.class).flash_cohort_updated(updated.code()));
        } catch (ProblemException e) {
            return rejected(id, "details", e, new CohortWorkspace.Typed(form, null, null));
        }
    }

    @POST
    @Path("/{id}/sessions/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response generate(@PathParam("id") String id, @BeanParam GenerateForm form) {
        try {
            List<SessionView> made = sessions.generate(caller.get(), id, form.toRequest());
            return page.redirect(
                    "/admin/cohorts/" + id + "#sessions",
                    page.messages(WorkMsg.class).sessions_generated(made.size()));
        } catch (ProblemException e) {
            return rejected(id, "generate", e, new CohortWorkspace.Typed(null, null, form));
        }
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addSession(@PathParam("id") String id, @BeanParam SessionForm form) {
        try {
            SessionView made = sessions.create(
                    caller.get(), id, form.toRequest(workspace.time().zone()));
            return page.redirect(
                    "/admin/cohorts/" + id + "#sessions",
                    page.messages(WorkMsg.class)
                            .flash_session_added(Dates.of(page.locale()).shortWhen(made.startsAt())));
        } catch (ProblemException e) {
            return rejected(id, "session", e, new CohortWorkspace.Typed(null, form, null));
        }
    }

    private Response rejected(String id, String panel, ProblemException e, CohortWorkspace.Typed typed) {
        if (e.status() == 404) {
            throw e;
        }
        return workspace.render(id, null, Feedback.problem(panel, e), typed, e.status());
    }

    private Response listPage(Integer pageNumber, CohortFilter filter, CohortForm form, FormErrors errors, int status) {
        PageResult<CohortView> list = cohorts.list(caller.get(), filter, PageRequest.of(pageNumber, 50));
        return page.render(
                Templates.list(
                        page.context(),
                        list,
                        filter,
                        CohortStatus.values(),
                        workspace.courses(),
                        workspace.instructors(),
                        form,
                        errors,
                        DeliveryMode.values()),
                status);
    }
}
