package kr.axcampus.submission;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.submission.dto.SubmissionView;

/** A cohort's deliverable versions; they are uploaded as SUBMISSION materials and reviewed in {@link ReviewResource}. */
@Path("/api/cohorts")
@Tag(name = "Submissions")
public class SubmissionResource {
    private final SubmissionService submissions;
    private final CurrentCaller caller;

    public SubmissionResource(SubmissionService submissions, CurrentCaller caller) {
        this.submissions = submissions;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/submissions")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.LEARNER, Roles.CEO})
    @Operation(summary = "Deliverable versions: all for the cohort's instructors and operators, a learner's own")
    public List<SubmissionView> list(@PathParam("id") String cohortId) {
        return submissions.list(caller.get(), cohortId);
    }
}
