package kr.axcampus.submission;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.submission.dto.SubmissionView;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** A learner's deliverable page: versions, their reviews, and the upload of the next one. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
public class SubmissionPages {
    private final SubmissionService submissions;
    private final CohortService cohorts;
    private final CatalogService catalog;
    private final CurrentCaller caller;
    private final PageSupport page;

    public SubmissionPages(
            SubmissionService submissions,
            CohortService cohorts,
            CatalogService catalog,
            CurrentCaller caller,
            PageSupport page) {
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.catalog = catalog;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submission(
                PageContext ctx, CohortView cohort, boolean required, List<SubmissionView> versions);
    }

    @GET
    @Path("/{id}/submission")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    @Operation(hidden = true)
    public Response submission(@PathParam("id") String id) {
        Caller me = caller.get();
        List<SubmissionView> versions = submissions.list(me, id);
        CohortView cohort = cohorts.get(me, id);
        boolean required = catalog.findCourse(cohort.courseCode())
                .map(c -> c.policy().deliverableRequired())
                .orElse(false);
        return page.render(Templates.submission(page.context(), cohort, required, versions));
    }
}
