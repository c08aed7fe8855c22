package kr.axcampus.diagnosis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.TagCatalog;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.dto.AnswersRequest;
import kr.axcampus.diagnosis.dto.BottleneckRequest;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.EnrollmentResults;
import kr.axcampus.diagnosis.dto.RoadmapItemRequest;
import kr.axcampus.diagnosis.dto.SelfAssessmentRequest;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.web.DiagMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.Said;

/**
 * Stage 1 on pages: the list of diagnoses a person sees, a diagnosis's report (radar chart, scores
 * beside the company's own view, the previous diagnosis and the peers, the bottleneck matrix and the
 * roadmap with its progress), the expert's form (tablet-sized, saved as they go) and the CEO's own
 * view and sign-off.
 */
@Path("/diagnoses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class DiagnosisPages {
    private final DiagnosisService diagnoses;
    private final RoadmapService roadmaps;
    private final DiagnosisPageBuilder builder;
    private final CurrentCaller caller;
    private final PageSupport page;

    public DiagnosisPages(
            DiagnosisService diagnoses,
            RoadmapService roadmaps,
            DiagnosisPageBuilder builder,
            CurrentCaller caller,
            PageSupport page) {
        this.diagnoses = diagnoses;
        this.roadmaps = roadmaps;
        this.builder = builder;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx, PageResult<DiagnosisSummary> diagnoses, Map<String, String> companies);

        static native TemplateInstance report(PageContext ctx, DiagnosisPage report, Said said);

        static native TemplateInstance form(
                PageContext ctx,
                DiagnosisPage report,
                List<UserView> employees,
                List<CourseSummary> suggested,
                List<CourseSummary> others,
                List<CohortView> cohorts,
                List<TagCatalog.Tag> tags,
                Said said);

        static native TemplateInstance self(PageContext ctx, DiagnosisPage report, Said said);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO})
    @Operation(hidden = true)
    public Response list(@QueryParam("page") Integer pageNumber) {
        PageResult<DiagnosisSummary> found = diagnoses.listVisible(caller.get(), PageRequest.of(pageNumber, null));
        return page.render(Templates.list(page.context(), found, builder.companyNames(caller.get(), found.items())));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id) {
        return page.render(Templates.report(page.context(), report(id), Said.NONE));
    }

    @GET
    @Path("/{id}/form")
    @Operation(hidden = true)
    public Response form(@PathParam("id") String id) {
        return renderForm(id, Said.NONE, 200);
    }

    @POST
    @Path("/{id}/form")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveForm(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            diagnoses.saveAnswers(caller.get(), id, answersOf(form, true));
            return page.redirect("/diagnoses/" + id + "/form", msg().flash_saved());
        } catch (ProblemException e) {
            return rejected(id, "answers", e, form, false);
        }
    }

    @POST
    @Path("/{id}/bottlenecks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addBottleneck(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            roadmaps.addBottleneck(caller.get(), id, bottleneckOf(form));
            return page.redirect("/diagnoses/" + id + "/form#bottlenecks", msg().flash_bottleneck_added());
        } catch (ProblemException e) {
            return rejected(id, "bottleneck", e, form, false);
        }
    }

    @POST
    @Path("/{id}/roadmap-items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addItem(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            roadmaps.addItem(
                    caller.get(),
                    id,
                    new RoadmapItemRequest(
                            form.getFirst("bottleneckId"),
                            form.getFirst("courseCode"),
                            form.get("userIds") == null ? List.of() : form.get("userIds"),
                            form.getFirst("role"),
                            form.getFirst("targetQuarter"),
                            form.getFirst("cohortId")));
            return page.redirect("/diagnoses/" + id + "/form#roadmap", msg().flash_item_added());
        } catch (ProblemException e) {
            return rejected(id, "item", e, form, false);
        }
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@PathParam("id") String id) {
        try {
            diagnoses.submit(caller.get(), id);
            return page.redirect("/diagnoses/" + id, msg().flash_submitted());
        } catch (ProblemException e) {
            return rejected(id, "submit", e, null, false);
        }
    }

    @GET
    @Path("/{id}/self")
    @Operation(hidden = true)
    public Response self(@PathParam("id") String id) {
        DiagnosisPage report = report(id);
        if (!report.may().company()) {
            throw Access.forbidden("the company's own view is given by its CEO");
        }
        return page.render(Templates.self(page.context(), report, Said.NONE));
    }

    @POST
    @Path("/{id}/self")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveSelf(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        try {
            diagnoses.saveSelfAssessment(
                    caller.get(),
                    id,
                    new SelfAssessmentRequest(answersOf(form, false).answers()));
            return page.redirect("/diagnoses/" + id, msg().flash_self_saved());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return page.render(
                    Templates.self(page.context(), report(id), Said.problem("self", e, Map.of())), e.status());
        }
    }

    @POST
    @Path("/{id}/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signOff(@PathParam("id") String id) {
        try {
            diagnoses.signOff(caller.get(), id);
            return page.redirect("/diagnoses/" + id, msg().flash_signed_off());
        } catch (ProblemException e) {
            return rejected(id, "sign-off", e, null, true);
        }
    }

    @POST
    @Path("/{id}/roadmap-items/{item}/enroll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enroll(@PathParam("id") String id, @PathParam("item") String item) {
        builder.requireItemOf(caller.get(), id, item);
        try {
            EnrollmentResults results = roadmaps.enroll(caller.get(), item);
            Map<EnrollmentService.Outcome, Integer> counts = new HashMap<>();
            results.results().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
            return page.redirect(
                    "/diagnoses/" + id + "#roadmap",
                    msg().flash_enrolled(
                                    counts.getOrDefault(EnrollmentService.Outcome.ENROLLED, 0),
                                    counts.getOrDefault(EnrollmentService.Outcome.ALREADY_ENROLLED, 0),
                                    counts.getOrDefault(EnrollmentService.Outcome.COHORT_FULL, 0),
                                    counts.getOrDefault(EnrollmentService.Outcome.NOT_ELIGIBLE, 0)));
        } catch (ProblemException e) {
            return rejected(id, "enroll", e, null, true);
        }
    }

    private DiagnosisPage report(String id) {
        return builder.build(caller.get(), id, page.locale(), msg().radar_title());
    }

    private DiagMsg msg() {
        return page.messages(DiagMsg.class);
    }

    private Response rejected(
            String id, String panel, ProblemException e, MultivaluedMap<String, String> form, boolean onReport) {
        if (e.status() == 404) {
            throw e;
        }
        Map<String, String> typed = new HashMap<>();
        if (form != null) {
            form.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        }
        Said said = Said.problem(panel, e, typed);
        if (onReport || e.status() == 403) {
            return page.render(Templates.report(page.context(), report(id), said), e.status());
        }
        return renderForm(id, said, e.status());
    }

    private Response renderForm(String id, Said said, int status) {
        DiagnosisPage report = report(id);
        if (!report.may().expert()) {
            throw Access.forbidden("only the expert assigned to this diagnosis fills it in");
        }
        DiagnosisPageBuilder.FormChoices choices = builder.choices(caller.get(), report);
        return page.render(
                Templates.form(
                        page.context(),
                        report,
                        choices.employees(),
                        choices.suggested(),
                        choices.others(),
                        choices.cohorts(),
                        choices.tags(),
                        said),
                status);
    }

    /** Scores by question ({@code q.<code>}) and, from the expert's form, notes ({@code note.<dimension>}). */
    private static AnswersRequest answersOf(MultivaluedMap<String, String> form, boolean expert) {
        Map<String, Integer> answers = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            if (name.startsWith("q.") && !value.isBlank()) {
                try {
                    answers.put(name.substring(2), Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.coded("answers." + name.substring(2), "out-of-range", "a score is 1 to 5"));
                }
            } else if (expert && name.startsWith("note.")) {
                notes.put(name.substring(5), value);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new AnswersRequest(answers, notes, expert ? form.getFirst("participants") : null);
    }

    private static BottleneckRequest bottleneckOf(MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal hours = FormValues.optional(
                "hoursLostPerMonth", form.getFirst("hoursLostPerMonth"), errors, BigDecimal::new, "not-a-number");
        Integer people = whole(form, "peopleAffected", errors);
        Integer impact = whole(form, "impact", errors);
        Integer feasibility = whole(form, "feasibility", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new BottleneckRequest(
                form.getFirst("process"),
                form.getFirst("pain"),
                hours,
                people,
                form.getFirst("opportunityTag"),
                impact,
                feasibility);
    }

    private static Integer whole(MultivaluedMap<String, String> form, String field, List<FieldError> errors) {
        return FormValues.optional(field, form.getFirst(field), errors, Integer::valueOf, "not-a-number");
    }
}
