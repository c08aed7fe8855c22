package kr.axcampus.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import kr.axcampus.access.Access;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.delivery.dto.ReasonRequest;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.ProofMsg;

/** The reopen form on the operator's cohort page. */
@Path("/admin/cohorts")
@RolesAllowed(Roles.ADMIN)
public class ReopenPages {
    private final ResultService results;
    private final Access access;
    private final CurrentCaller caller;
    private final PageSupport page;

    public ReopenPages(ResultService results, Access access, CurrentCaller caller, PageSupport page) {
        this.results = results;
        this.access = access;
        this.caller = caller;
        this.page = page;
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reopen(@PathParam("id") String id, @FormParam("reason") String reason) {
        try {
            results.reopen(caller.get(), id, new ReasonRequest(reason));
            return page.redirect(
                    DeliveryPages.back(access, caller.get(), id),
                    page.messages(ProofMsg.class).flash_reopened());
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return page.redirect(
                    DeliveryPages.back(access, caller.get(), id),
                    page.messages(ProofMsg.class).problem(e.type()));
        }
    }
}
