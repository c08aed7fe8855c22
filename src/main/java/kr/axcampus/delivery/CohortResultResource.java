package kr.axcampus.delivery;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.delivery.dto.ReasonRequest;
import kr.axcampus.delivery.dto.ResultView;

/** Closing and reopening a cohort, and its frozen results (API.md "Reports and certificates"). */
@Path("/api/cohorts")
@Tag(name = "Reports and certificates")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CohortResultResource {
    private final ResultService results;
    private final CohortClosing closing;
    private final CohortService cohorts;
    private final CurrentCaller caller;

    public CohortResultResource(
            ResultService results, CohortClosing closing, CohortService cohorts, CurrentCaller caller) {
        this.results = results;
        this.closing = closing;
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the cohort after its last session: every result is frozen and certificates issued")
    public List<ResultView> close(@PathParam("id") String id) {
        return results.close(caller.get(), id);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a closed cohort (operators, with a reason); results follow its next close")
    public List<CohortClosing.Change> reopen(@PathParam("id") String id, @Valid ReasonRequest request) {
        results.reopen(caller.get(), id, request);
        return closures(id);
    }

    @GET
    @Path("/{id}/results")
    @Operation(
            summary =
                    "The frozen results: all (the cohort's team), a CEO's employees', a learner's own; 409 while open")
    public List<ResultView> results(@PathParam("id") String id) {
        return results.results(caller.get(), id);
    }

    @GET
    @Path("/{id}/closures")
    @Operation(summary = "Every close and reopen of the cohort, with who and why, oldest first")
    public List<CohortClosing.Change> closures(@PathParam("id") String id) {
        return closing.history(cohorts.scope(caller.get(), id).id());
    }
}
