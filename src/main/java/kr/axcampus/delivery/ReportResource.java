package kr.axcampus.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.FormValues;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.common.Spreadsheets;
import kr.axcampus.delivery.dto.CentreReport;
import kr.axcampus.delivery.dto.Roster;
import kr.axcampus.web.PageSupport;

/** Funder reports: the centre's figures for a period; a cohort's training roster as JSON, CSV (UTF-8 with BOM) or XLSX. */
@Path("/api/reports")
@Tag(name = "Reports and certificates")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ReportResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterReport rosters;
    private final CentreReports centre;
    private final PageSupport page;
    private final CurrentCaller caller;

    public ReportResource(RosterReport rosters, CentreReports centre, PageSupport page, CurrentCaller caller) {
        this.rosters = rosters;
        this.centre = centre;
        this.page = page;
        this.caller = caller;
    }

    @GET
    @Path("/centre")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary =
                    "The centre's figures for a period (days, both included; default: the year so far), with the subsidy estimate")
    public CentreReport centre(
            @Parameter(description = "first day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last day, YYYY-MM-DD") @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = FormValues.date("from", from, errors);
        LocalDate last = FormValues.date("to", to, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return centre.report(caller.get(), first, last);
    }

    @GET
    @Path("/cohorts/{id}/roster")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The cohort's training roster: frozen results once closed, live progress before (frozen: false)")
    public Roster roster(@PathParam("id") String id) {
        return rosters.roster(caller.get(), id);
    }

    @GET
    @Path("/cohorts/{id}/roster.csv")
    @Produces("text/csv")
    @Operation(summary = "The training roster as CSV (UTF-8 with BOM) in the reader's language")
    public Response csv(@PathParam("id") String id) {
        Roster roster = rosters.roster(caller.get(), id);
        Spreadsheets.Table table = rosters.sheet(roster, page.locale());
        StreamingOutput body = out -> Spreadsheets.writeCsv(table, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename*=UTF-8''roster-" + roster.cohortCode() + ".csv")
                .build();
    }

    @GET
    @Path("/cohorts/{id}/roster.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The training roster as XLSX in the reader's language")
    public Response xlsx(@PathParam("id") String id) {
        Roster roster = rosters.roster(caller.get(), id);
        Spreadsheets.Table table = rosters.sheet(roster, page.locale());
        StreamingOutput body = out -> Spreadsheets.writeXlsx(table, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename*=UTF-8''roster-" + roster.cohortCode() + ".xlsx")
                .build();
    }
}
