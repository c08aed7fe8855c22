package kr.axcampus.diagnosis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.diagnosis.dto.AnswersRequest;
import kr.axcampus.diagnosis.dto.BottleneckRequest;
import kr.axcampus.diagnosis.dto.BottleneckView;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.diagnosis.dto.RoadmapItemRequest;
import kr.axcampus.diagnosis.dto.RoadmapItemView;
import kr.axcampus.diagnosis.dto.SelfAssessmentRequest;
import kr.axcampus.diagnosis.dto.Suggestion;
import kr.axcampus.web.PageSupport;

/** A diagnosis: read by operators, its expert and the company's CEO; changed as API.md "Diagnosis" says. */
@Path("/api/diagnoses")
@Tag(name = "Diagnosis")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class DiagnosisResource {
    private final DiagnosisService diagnoses;
    private final RoadmapService roadmaps;
    private final DiagnosisReports reports;
    private final PageSupport page;
    private final CurrentCaller caller;

    public DiagnosisResource(
            DiagnosisService diagnoses,
            RoadmapService roadmaps,
            DiagnosisReports reports,
            PageSupport page,
            CurrentCaller caller) {
        this.diagnoses = diagnoses;
        this.roadmaps = roadmaps;
        this.reports = reports;
        this.page = page;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A diagnosis with answers, scores, stage, bottlenecks, roadmap and history")
    public DiagnosisView get(@PathParam("id") String id) {
        return diagnoses.get(caller.get(), id);
    }

    @PUT
    @Path("/{id}/answers")
    @Operation(summary = "The expert's answers and notes, merged into those saved (while DRAFT)")
    public DiagnosisView answers(@PathParam("id") String id, AnswersRequest request) {
        return diagnoses.saveAnswers(caller.get(), id, request);
    }

    @PUT
    @Path("/{id}/self-assessment")
    @Operation(summary = "The company's own view, by its CEO (while DRAFT)")
    public DiagnosisView selfAssessment(@PathParam("id") String id, SelfAssessmentRequest request) {
        return diagnoses.saveSelfAssessment(caller.get(), id, request);
    }

    @POST
    @Path("/{id}/bottlenecks")
    @Operation(summary = "A bottleneck found on site (the expert, while DRAFT); priority = impact × feasibility")
    public Response bottleneck(@PathParam("id") String id, BottleneckRequest request) {
        BottleneckView created = roadmaps.addBottleneck(caller.get(), id, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/suggestions")
    @Operation(summary = "Per bottleneck, the catalogue's courses tagged with its AI opportunity")
    public List<Suggestion> suggestions(@PathParam("id") String id) {
        return roadmaps.suggestions(caller.get(), id);
    }

    @POST
    @Path("/{id}/roadmap-items")
    @Operation(summary = "A roadmap item: a course for named employees or a role (the expert, until sign-off)")
    public Response roadmapItem(@PathParam("id") String id, RoadmapItemRequest request) {
        RoadmapItemView created = roadmaps.addItem(caller.get(), id, request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF: drawn now until sign-off; afterwards a 303 to the kept, signed-off report")
    public Response report(@PathParam("id") String id) {
        DiagnosisReports.Report report = reports.of(caller.get(), id, page.locale());
        if (report.kept() != null) {
            return Response.seeOther(report.kept()).build();
        }
        return Response.ok(report.drawn(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename*=UTF-8''"
                                + URLEncoder.encode(report.fileName(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "The expert submits a complete draft to the company's CEO")
    public DiagnosisView submit(@PathParam("id") String id) {
        return diagnoses.submit(caller.get(), id);
    }

    @POST
    @Path("/{id}/sign-off")
    @Operation(summary = "The company's CEO signs off the submitted diagnosis and roadmap; nothing changes afterwards")
    public DiagnosisView signOff(@PathParam("id") String id) {
        return diagnoses.signOff(caller.get(), id);
    }
}
