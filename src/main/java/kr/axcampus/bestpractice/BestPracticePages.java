package kr.axcampus.bestpractice;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.access.Access;
import kr.axcampus.bestpractice.dto.CaseSummary;
import kr.axcampus.bestpractice.dto.ConsentRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.CaseMsg;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * Best-practice cases on pages for the signed-in: the list a person sees (operators: all, with
 * their state), the editor with its figure rows, and the steps — send for review, the CEO's
 * consent and its withdrawal, publishing and unpublishing — as buttons the same rules allow.
 */
@Path("/best-practices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class BestPracticePages {
    private final BestPracticeService cases;
    private final CaseWorkflow workflow;
    private final CaseLabels labels;
    private final Access access;
    private final CurrentCaller caller;
    private final PageSupport page;

    public BestPracticePages(
            BestPracticeService cases,
            CaseWorkflow workflow,
            CaseLabels labels,
            Access access,
            CurrentCaller caller,
            PageSupport page) {
        this.cases = cases;
        this.workflow = workflow;
        this.labels = labels;
        this.access = access;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx, PageResult<CaseSummary> cases, boolean writes, CaseLabels.In labels);

        static native TemplateInstance editor(
                PageContext ctx,
                CasePage practice,
                List<CompanyView> companies,
                CaseForm form,
                FormErrors errors,
                CaseLabels.In labels);
    }

    @GET
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        PageResult<CaseSummary> found = cases.list(caller.get(), null, PageRequest.of(pageNumber, null));
        return page.render(Templates.list(page.context(), found, access.writesCases(caller.get()), labels()));
    }

    @GET
    @Path("/new")
    @Operation(hidden = true)
    public Response create() {
        List<CompanyView> companies = cases.companiesFor(caller.get());
        CaseForm form = CaseForm.empty(companies.size() == 1 ? companies.get(0).id() : "");
        return page.render(Templates.editor(page.context(), null, companies, form, FormErrors.NONE, labels()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response created(MultivaluedMap<String, String> fields) {
        CaseForm form = CaseForm.of(fields);
        try {
            String id = cases.create(caller.get(), form.request()).id();
            return page.redirect("/best-practices/" + id + "/edit", msg().flash_created());
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            return page.render(
                    Templates.editor(
                            page.context(), null, cases.companiesFor(caller.get()), form, errors(form, e), labels()),
                    400);
        }
    }

    @GET
    @Path("/{id}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id) {
        CasePage practice = cases.page(caller.get(), id);
        return page.render(Templates.editor(
                page.context(), practice, List.of(), CaseForm.of(practice.view()), FormErrors.NONE, labels()));
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        CaseForm form = CaseForm.of(fields);
        try {
            cases.update(caller.get(), id, form.request());
            return page.redirect("/best-practices/" + id + "/edit", msg().flash_saved());
        } catch (ProblemException e) {
            if (e.status() == 409) {
                return page.redirect("/best-practices/" + id + "/edit", msg().problem_type(e.type()));
            }
            if (e.status() != 400) {
                throw e;
            }
            return page.render(
                    Templates.editor(
                            page.context(), cases.page(caller.get(), id), List.of(), form, errors(form, e), labels()),
                    400);
        }
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@PathParam("id") String id) {
        return step(id, () -> workflow.submit(caller.get(), id), msg().flash_submitted());
    }

    @POST
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response consent(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        boolean showNames = fields != null && "true".equals(fields.getFirst("showNames"));
        return step(
                id, () -> workflow.consent(caller.get(), id, new ConsentRequest(showNames)), msg().flash_consented());
    }

    @POST
    @Path("/{id}/withdraw-consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdrawConsent(@PathParam("id") String id) {
        return step(id, () -> workflow.withdrawConsent(caller.get(), id), msg().flash_withdrawn());
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String id) {
        return step(id, () -> workflow.publish(caller.get(), id), msg().flash_published());
    }

    @POST
    @Path("/{id}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unpublish(@PathParam("id") String id) {
        return step(id, () -> workflow.unpublish(caller.get(), id), msg().flash_unpublished());
    }

    /** A step of the case's way: done, or (a 409) said in the flash; 403 and 404 are the error pages'. */
    private Response step(String id, Runnable action, String done) {
        try {
            action.run();
            return page.redirect("/best-practices/" + id + "/edit", done);
        } catch (ProblemException e) {
            if (e.status() != 409) {
                throw e;
            }
            return page.redirect("/best-practices/" + id + "/edit", msg().problem_type(e.type()));
        }
    }

    private static FormErrors errors(CaseForm form, ProblemException e) {
        return FormErrors.of(form.rowErrors(e.errors()), e.getMessage());
    }

    private CaseLabels.In labels() {
        return labels.in(page.locale(), msg());
    }

    private CaseMsg msg() {
        return page.messages(CaseMsg.class);
    }
}
