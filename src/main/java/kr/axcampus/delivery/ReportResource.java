package kr.axcampus.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.common.Spreadsheets;
import kr.axcampus.delivery.dto.Roster;
import kr.axcampus.web.PageSupport;

/** Funder reports: a cohort's training roster as JSON, CSV (UTF-8 with BOM) or XLSX. */
@Path("/api/reports")
@Tag(name = "Reports and certificates")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class ReportResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RosterReport rosters;
    private final PageSupport page;
    private final CurrentCaller caller;

    public ReportResource(RosterReport rosters, PageSupport page, CurrentCaller caller) {
        this.rosters = rosters;
        this.page = page;
        this.caller = caller;
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
