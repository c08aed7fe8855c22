package kr.axcampus.submission;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.submission.dto.ReviewRequest;
import kr.axcampus.submission.dto.SubmissionView;

/** The instructor's side of deliverables: what waits for review, and the decision. */
@Path("/api/submissions")
@Tag(name = "Submissions")
public class ReviewResource {
    private final SubmissionService submissions;
    private final CurrentCaller caller;

    public ReviewResource(SubmissionService submissions, CurrentCaller caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    @GET
    @Path("/queue")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR})
    @Operation(summary = "Versions waiting for review in the caller's cohorts, oldest first")
    public List<SubmissionView> queue() {
        return submissions.queue(caller.get());
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.LEARNER, Roles.CEO})
    @Operation(summary = "Accept a version, or request changes with a comment")
    public SubmissionView review(@PathParam("id") String id, @Valid @NotNull ReviewRequest request) {
        return submissions.review(caller.get(), id, request);
    }
}
