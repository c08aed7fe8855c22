package kr.axcampus.bestpractice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.bestpractice.dto.CaseRequest;
import kr.axcampus.bestpractice.dto.CaseSummary;
import kr.axcampus.bestpractice.dto.CaseView;
import kr.axcampus.bestpractice.dto.ConsentRequest;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;

/** Best-practice cases as API.md "Best practice" describes them; the scope checks are the services'. */
@Path("/api/best-practices")
@Tag(name = "Best practice")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class BestPracticeResource {
    private final BestPracticeService cases;
    private final CaseWorkflow workflow;
    private final CurrentCaller caller;

    public BestPracticeResource(BestPracticeService cases, CaseWorkflow workflow, CurrentCaller caller) {
        this.cases = cases;
        this.workflow = workflow;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "A new case (DRAFT) by a learner or the CEO of the company, or an instructor (coach)")
    public Response create(CaseRequest request) {
        CaseView created = cases.create(caller.get(), request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(
            summary =
                    "The cases the caller sees: all (operators, instructors), else their own and (a CEO) their company's")
    public PageResult<CaseSummary> list(
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return cases.list(caller.get(), Enums.parse(CaseStatus.class, status, "status"), PageRequest.of(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "A case with its figures, consent and history (author, the company's CEO, instructors, operators)")
    public CaseView get(@PathParam("id") String id) {
        return cases.get(caller.get(), id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "The case's text, tags and figures replaced (while DRAFT or IN_REVIEW)")
    public CaseView update(@PathParam("id") String id, CaseRequest request) {
        return cases.update(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "The author sends the case for review (DRAFT → IN_REVIEW)")
    public CaseView submit(@PathParam("id") String id) {
        return workflow.submit(caller.get(), id);
    }

    @POST
    @Path("/{id}/consent")
    @Operation(
            summary =
                    "The company's CEO consents to showing the case publicly; showNames lets the author's name appear")
    public CaseView consent(@PathParam("id") String id, ConsentRequest request) {
        return workflow.consent(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/withdraw-consent")
    @Operation(summary = "The company's CEO withdraws consent: a published case leaves the public pages at once")
    public CaseView withdrawConsent(@PathParam("id") String id) {
        return workflow.withdrawConsent(caller.get(), id);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "An operator publishes the case (IN_REVIEW → PUBLISHED); needs the CEO's consent, else 409")
    public CaseView publish(@PathParam("id") String id) {
        return workflow.publish(caller.get(), id);
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "An operator takes the case off the public pages (PUBLISHED → IN_REVIEW)")
    public CaseView unpublish(@PathParam("id") String id) {
        return workflow.unpublish(caller.get(), id);
    }
}
