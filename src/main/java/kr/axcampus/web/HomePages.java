package kr.axcampus.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.CenterService;

/** Each role's home page: what they will find here. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    private final PageSupport page;
    private final CurrentCaller caller;
    private final CenterService centers;

    public HomePages(PageSupport page, CurrentCaller caller, CenterService centers) {
        this.page = page;
        this.caller = caller;
        this.centers = centers;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageContext ctx, String centerName);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    @Operation(hidden = true)
    public Response home() {
        return page.render(Templates.home(page.context(), centers.centerName(caller.get().centerId())));
    }
}
