package kr.axcampus.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.dto.DiagnosisRequest;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.IndustryCatalog;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.DiagMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.Said;

/** The operators' overview of stage 1: every partner company with its latest diagnosis, and assigning an expert. */
@Path("/admin/diagnoses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DiagnosisAdminPages {
    private final DiagnosisService diagnoses;
    private final Questionnaires questionnaires;
    private final CompanyService companies;
    private final UserService users;
    private final IndustryCatalog industries;
    private final CurrentCaller caller;
    private final PageSupport page;

    public DiagnosisAdminPages(
            DiagnosisService diagnoses,
            Questionnaires questionnaires,
            CompanyService companies,
            UserService users,
            IndustryCatalog industries,
            CurrentCaller caller,
            PageSupport page) {
        this.diagnoses = diagnoses;
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.users = users;
        this.industries = industries;
        this.caller = caller;
        this.page = page;
    }

    /** A company's row: its industry's name, its latest diagnosis (null: not diagnosed) and that one's stage. */
    @TemplateData
    public record Row(CompanyView company, String industry, DiagnosisSummary latest, String stage) {}

    @CheckedTemplate(basePath = "DiagnosisPages")
    static class Templates {
        static native TemplateInstance admin(PageContext ctx, List<Row> rows, List<UserView> experts, Said said);
    }

    @GET
    @Operation(hidden = true)
    public Response overview() {
        return render(Said.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(
            @FormParam("companyId") String companyId,
            @FormParam("expertId") String expertId,
            @FormParam("visitedOn") String visitedOn) {
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate day = FormValues.date("visitedOn", visitedOn, errors);
            if (companyId == null || companyId.isBlank()) {
                errors.add(FieldError.coded("companyId", "required", "choose a company"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            DiagnosisView created = diagnoses.create(caller.get(), companyId, new DiagnosisRequest(expertId, day));
            return page.redirect(
                    "/diagnoses/" + created.id(), page.messages(DiagMsg.class).flash_assigned(created.companyName()));
        } catch (ProblemException e) {
            Map<String, String> typed = new HashMap<>();
            typed.put("companyId", companyId == null ? "" : companyId);
            typed.put("expertId", expertId == null ? "" : expertId);
            typed.put("visitedOn", visitedOn == null ? "" : visitedOn);
            return render(Said.problem("assign", e, typed), e.status() == 404 ? 400 : e.status());
        }
    }

    /** The stage's name in the reader's language, from the questionnaire the diagnosis was taken on. */
    private String stageName(DiagnosisSummary diagnosis) {
        if (diagnosis == null || diagnosis.stage() == null) {
            return null;
        }
        return questionnaires.version(diagnosis.questionnaireVersion()).stages().stream()
                .filter(s -> s.code().equals(diagnosis.stage()))
                .map(s -> s.title().in(page.locale()))
                .findFirst()
                .orElse(null);
    }

    private Response render(Said said, int status) {
        Map<String, DiagnosisSummary> latest = diagnoses.latestPerCompany(caller.get());
        List<Row> rows = companies.allInCenter(caller.get().centerId()).stream()
                .map(c -> new Row(
                        c,
                        c.industrySection() == null
                                ? null
                                : industries
                                        .find(c.industrySection())
                                        .map(i -> i.nameIn(page.locale()))
                                        .orElse(null),
                        latest.get(c.id()),
                        stageName(latest.get(c.id()))))
                .toList();
        return page.render(
                Templates.admin(
                        page.context(), rows, users.withRole(caller.get().centerId(), Role.INSTRUCTOR), said),
                status);
    }
}
