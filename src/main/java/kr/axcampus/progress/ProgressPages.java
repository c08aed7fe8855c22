package kr.axcampus.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.material.MaterialService;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.practicum.PracticumService;
import kr.axcampus.practicum.dto.PracticeLogRequest;
import kr.axcampus.practicum.dto.PracticeLogView;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.progress.dto.Tally;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** A learner's own progress (phone first) with their practice log form, and a CEO's employees across cohorts. */
@Path("/cohorts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ProgressPages {
    private final ProgressViews views;
    private final PracticumService practicum;
    private final CentreTime time;
    private final CurrentCaller caller;
    private final PageSupport page;

    private final MaterialService materials;

    public ProgressPages(
            ProgressViews views,
            PracticumService practicum,
            CentreTime time,
            CurrentCaller caller,
            PageSupport page,
            MaterialService materials) {
        this.materials = materials;
        this.views = views;
        this.practicum = practicum;
        this.time = time;
        this.caller = caller;
        this.page = page;
    }

    /** The learner's practice log form (the page's own, with the values kept when refused). */
    @TemplateData
    public record LogForm(String minutes, String performedOn, String description) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(
                PageContext ctx,
                CohortView cohort,
                Progress progress,
                List<SessionCell> sessions,
                List<PracticeLogView> logs,
                int logCap,
                FormErrors errors,
                LogForm form);

        static native TemplateInstance company(PageContext ctx, List<ProgressViews.CompanyRow> rows, Tally tally);
    }

    @GET
    @Path("/{id}/me")
    @Operation(hidden = true)
    public Response mine(@PathParam("id") String id) {
        return minePage(id, FormErrors.NONE, new LogForm("", time.today().toString(), ""), 200);
    }

    @POST
    @Path("/{id}/me/practice-logs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response submitLog(
            @PathParam("id") String id,
            @RestForm("minutes") String minutes,
            @RestForm("performedOn") String performedOn,
            @RestForm("description") String description,
            @RestForm("evidence") FileUpload evidence) {
        LogForm form = new LogForm(minutes, performedOn, description);
        MaterialView stored = null;
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer parsedMinutes = FormValues.required("minutes", minutes, errors, Integer::valueOf, "invalid");
            LocalDate day = FormValues.required("performedOn", performedOn, errors, LocalDate::parse, "invalid");
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            UUID cohort = Ids.parse(id).orElseThrow(() -> ProblemException.notFound("cohort " + id));
            stored = materials.evidenceFromPage(caller.get(), cohort, evidence);
            practicum.submit(
                    caller.get(),
                    id,
                    new PracticeLogRequest(parsedMinutes, day, description, stored == null ? null : stored.id()));
            return page.redirect("/cohorts/" + id + "/me", page.msg().log_submitted());
        } catch (ProblemException e) {
            if (stored != null) {
                // The log was refused: the file sent with it is not kept on its own.
                materials.delete(caller.get(), stored.id());
            }
            if (e.status() == 404) {
                throw e;
            }
            return minePage(id, FormErrors.of(e), form, e.status());
        }
    }

    @POST
    @Path("/{id}/practice-logs/{logId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decideLog(
            @PathParam("id") String id,
            @PathParam("logId") String logId,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        practicum.decide(caller.get(), logId, "approve".equals(decision), reason);
        return page.redirect("/cohorts/" + id, page.msg().log_decided());
    }

    /** A CEO's view of their own employees across cohorts. */
    @GET
    @Path("/company")
    @RolesAllowed(Roles.CEO)
    @Operation(hidden = true)
    public Response company() {
        List<ProgressViews.CompanyRow> rows = views.company(caller.get());
        return page.render(Templates.company(
                page.context(),
                rows,
                Tally.of(rows.stream().map(ProgressViews.CompanyRow::progress).toList())));
    }

    private Response minePage(String id, FormErrors errors, LogForm form, int status) {
        ProgressViews.Mine mine = views.mine(caller.get(), id);
        return page.render(
                Templates.mine(
                        page.context(),
                        mine.cohort(),
                        mine.progress(),
                        mine.sessions(),
                        mine.logs(),
                        mine.logCap(),
                        errors,
                        form),
                status);
    }
}
