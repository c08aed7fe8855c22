package kr.axcampus.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import kr.axcampus.access.Menu;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.DiagnosisPageBuilder;
import kr.axcampus.diagnosis.DiagnosisService;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.organization.CenterService;
import kr.axcampus.progress.dto.Tally;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** Each role's home page: today — the learner's sessions and progress, the team's sessions and desk. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    private static final int DIAGNOSES_SHOWN = 5;

    private final PageSupport page;
    private final CurrentCaller caller;
    private final CenterService centers;
    private final CatalogService catalog;
    private final HomeViews views;
    private final CentreTime time;
    private final Access access;
    private final DiagnosisService diagnoses;
    private final DiagnosisPageBuilder diagnosisNames;

    public HomePages(
            PageSupport page,
            CurrentCaller caller,
            CenterService centers,
            CatalogService catalog,
            HomeViews views,
            CentreTime time,
            Access access,
            DiagnosisService diagnoses,
            DiagnosisPageBuilder diagnosisNames) {
        this.diagnoses = diagnoses;
        this.diagnosisNames = diagnosisNames;
        this.page = page;
        this.caller = caller;
        this.centers = centers;
        this.catalog = catalog;
        this.views = views;
        this.time = time;
        this.access = access;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                PageContext ctx,
                String centerName,
                LocalDate today,
                HomeViews.LearnerDay day,
                HomeViews.Desk desk,
                Tally company,
                CatalogService.Continue continueWith,
                List<CatalogService.Continue> myCourses,
                List<DiagnosisSummary> diagnoses,
                Map<String, String> diagnosedCompanies);
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
        Menu menu = access.menu(me);
        // A CEO's company's diagnoses, an expert's assigned ones (operators have their own page).
        List<DiagnosisSummary> stage1 = !menu.operator() && (menu.ceo() || menu.instructor())
                ? diagnoses.listVisible(me, PageRequest.of(0, DIAGNOSES_SHOWN)).items()
                : List.of();
        return page.render(Templates.home(
                page.context(),
                centers.centerName(me.centerId()),
                time.today(),
                menu.learner() ? views.learnerDay(me) : null,
                menu.operator() || menu.instructor() ? views.desk(me) : null,
                menu.ceo() ? views.company(me) : null,
                continueWith,
                myCourses,
                stage1,
                diagnosisNames.companyNames(me, stage1)));
    }
}
