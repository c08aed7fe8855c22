package kr.axcampus.diagnosis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.dto.EnrollmentResults;

@Path("/api/roadmap-items")
@Tag(name = "Diagnosis")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class RoadmapItemResource {
    private final RoadmapService roadmaps;
    private final CurrentCaller caller;

    public RoadmapItemResource(RoadmapService roadmaps, CurrentCaller caller) {
        this.roadmaps = roadmaps;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/enroll")
    @Operation(summary = "Enrol the item's people in its cohort, each on their own: {results: [{userId, outcome}]}")
    public EnrollmentResults enroll(@PathParam("id") String id) {
        return roadmaps.enroll(caller.get(), id);
    }
}
