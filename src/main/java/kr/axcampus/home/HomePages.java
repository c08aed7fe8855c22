package kr.axcampus.home;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.Roles;
import kr.axcampus.organization.CenterService;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** Each role's home page: what they will find here. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    private final PageSupport page;
    private final CurrentCaller caller;
    private final CenterService centers;
    private final CatalogService catalog;
    private final CohortService cohorts;
    private final Access access;

    public HomePages(
            PageSupport page,
            CurrentCaller caller,
            CenterService centers,
            CatalogService catalog,
            CohortService cohorts,
            Access access) {
        this.page = page;
        this.caller = caller;
        this.centers = centers;
        this.catalog = catalog;
        this.cohorts = cohorts;
        this.access = access;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                PageContext ctx,
                String centerName,
                CatalogService.Continue continueWith,
                List<CatalogService.Continue> myCourses,
                List<CohortView> cohorts);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
    @Operation(hidden = true)
    public Response home() {
        Caller me = caller.get();
        CatalogService.Continue continueWith = null;
        List<CatalogService.Continue> myCourses = List.of();
        if (access.takesCourses(me)) {
            continueWith = catalog.continueLearning(me).orElse(null);
            myCourses = catalog.myCourses(me);
        }
        List<CohortView> mine = access.operates(me)
                ? List.of()
                : cohorts.list(me, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        return page.render(
                Templates.home(page.context(), centers.centerName(me.centerId()), continueWith, myCourses, mine));
    }
}
