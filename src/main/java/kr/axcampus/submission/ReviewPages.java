package kr.axcampus.submission;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.submission.dto.ReviewRequest;
import kr.axcampus.submission.dto.SubmissionView;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The instructor's review queue: download, then accept or request changes. */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
public class ReviewPages {
    private final SubmissionService submissions;
    private final CurrentCaller caller;
    private final PageSupport page;

    public ReviewPages(SubmissionService submissions, CurrentCaller caller, PageSupport page) {
        this.submissions = submissions;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(PageContext ctx, List<SubmissionView> pending);
    }

    @GET
    @Operation(hidden = true)
    public Response reviews() {
        return page.render(Templates.reviews(page.context(), submissions.queue(caller.get())));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(
            @PathParam("id") String id, @FormParam("decision") String decision, @FormParam("comment") String comment) {
        ReviewDecision chosen =
                "ACCEPTED".equals(decision) ? ReviewDecision.ACCEPTED : ReviewDecision.CHANGES_REQUESTED;
        try {
            submissions.review(caller.get(), id, new ReviewRequest(chosen, comment));
            return page.redirect("/reviews", page.msg().review_saved());
        } catch (ProblemException e) {
            if (e.status() == 400) {
                return page.redirect("/reviews", page.msg().review_comment_required());
            }
            throw e;
        }
    }
}
