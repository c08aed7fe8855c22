package kr.axcampus.cohort;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.cohort.dto.CohortFilter;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

@Path("/api/cohorts")
@Tag(name = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CohortResource {
    private final CohortService cohorts;
    private final CurrentCaller caller;

    public CohortResource(CohortService cohorts, CurrentCaller caller) {
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a cohort of a course")
    public Response create(CohortRequest request) {
        CohortView created = cohorts.create(caller.get(), request);
        return Response.status(Response.Status.CREATED)
                .entity(created)
                .header("Location", "/api/cohorts/" + created.id())
                .build();
    }

    @GET
    @Operation(summary = "The caller's cohorts: taught, attended, their employees' (CEO), or all (operator)")
    public PageResult<CohortView> list(
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @Parameter(description = "PLANNED, RUNNING or FINISHED by the cohort's dates, or CANCELLED")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "a course code") @QueryParam("course") String course,
            @Parameter(description = "an instructor's user id") @QueryParam("instructor") String instructor) {
        CohortFilter filter = new CohortFilter(Enums.parse(CohortStatus.class, status, "status"), course, instructor);
        return cohorts.list(caller.get(), filter, PageRequest.of(page, size));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a cohort (operators); the course is fixed once it has sessions")
    public CohortView update(@PathParam("id") String id, CohortRequest request) {
        return cohorts.update(caller.get(), id, request);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A cohort in the caller's scope, with its head counts")
    public CohortView get(@PathParam("id") String id) {
        return cohorts.get(caller.get(), id);
    }
}
