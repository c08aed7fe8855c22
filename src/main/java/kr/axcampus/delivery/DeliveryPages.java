package kr.axcampus.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.ProofMsg;

/** The close form of the cohort pages (its team); it answers on the page it came from. */
@Path("/cohorts")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class DeliveryPages {
    private final ResultService results;
    private final Access access;
    private final CurrentCaller caller;
    private final PageSupport page;

    public DeliveryPages(ResultService results, Access access, CurrentCaller caller, PageSupport page) {
        this.results = results;
        this.access = access;
        this.caller = caller;
        this.page = page;
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("id") String id) {
        try {
            var frozen = results.close(caller.get(), id);
            int completed = (int) frozen.stream()
                    .filter(r -> r.result() == EnrollmentResult.Outcome.COMPLETED)
                    .count();
            return page.redirect(back(access, caller.get(), id), msg().flash_closed(completed, frozen.size()));
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return page.redirect(back(access, caller.get(), id), msg().problem(e.type()));
        }
    }

    /** Operators work on the cohort's admin page, instructors on its roster. */
    static String back(Access access, Caller caller, String id) {
        return (access.operates(caller) ? "/admin/cohorts/" : "/cohorts/") + id + "#closing";
    }

    private ProofMsg msg() {
        return page.messages(ProofMsg.class);
    }
}
