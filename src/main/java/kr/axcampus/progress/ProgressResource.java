package kr.axcampus.progress;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.practicum.PracticumService;
import kr.axcampus.practicum.dto.AdjustmentRequest;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.web.PageSupport;

/** Progress toward completion, the attendance sheet, and adjustments of the practicum ledger (answered with progress). */
@Path("/api/cohorts")
@Tag(name = "Practicum and progress")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ProgressResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProgressService progress;
    private final PracticumService practicum;
    private final AttendanceSheet sheet;
    private final CurrentCaller caller;
    /** The reader's language (cookie or Accept-Language), for the sheets. */
    private final PageSupport page;

    public ProgressResource(
            ProgressService progress,
            PracticumService practicum,
            AttendanceSheet sheet,
            CurrentCaller caller,
            PageSupport page) {
        this.page = page;
        this.progress = progress;
        this.practicum = practicum;
        this.sheet = sheet;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/progress/{userId}")
    @Operation(summary = "One learner's practicum, attendance, at-risk flag and completion with reasons")
    public Progress learner(@PathParam("id") String cohortId, @PathParam("userId") String userId) {
        return progress.forLearner(caller.get(), cohortId, userId);
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "Every enrolled learner's progress, in one aggregate (CEO: own employees)")
    public List<Progress> cohort(@PathParam("id") String cohortId) {
        return progress.forCohort(caller.get(), cohortId);
    }

    @POST
    @Path("/{id}/practicum-adjustments")
    @Operation(summary = "Add a practicum adjustment (±minutes) with a reason; answers the learner's progress")
    public Response adjust(@PathParam("id") String cohortId, AdjustmentRequest request) {
        practicum.adjust(caller.get(), cohortId, request);
        return Response.status(Response.Status.CREATED)
                .entity(progress.forLearner(caller.get(), cohortId, request.userId()))
                .build();
    }

    @GET
    @Path("/{id}/attendance-sheet.csv")
    @Produces("text/csv")
    @Operation(
            summary = "The attendance sheet as CSV (UTF-8 with BOM): learners x sessions, totals, completion",
            description = "In the reader's language: the axc_lang cookie, else Accept-Language; Korean by default.")
    public Response csv(@PathParam("id") String cohortId) {
        AttendanceSheet.Table table = sheet.table(caller.get(), cohortId, page.locale());
        StreamingOutput body = out -> sheet.writeCsv(table, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename*=UTF-8''attendance-" + table.cohortCode() + ".csv")
                .build();
    }

    @GET
    @Path("/{id}/attendance-sheet.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The attendance sheet as XLSX")
    public Response xlsx(@PathParam("id") String cohortId) {
        AttendanceSheet.Table table = sheet.table(caller.get(), cohortId, page.locale());
        StreamingOutput body = out -> sheet.writeXlsx(table, out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''attendance-" + table.cohortCode() + ".xlsx")
                .build();
    }
}
