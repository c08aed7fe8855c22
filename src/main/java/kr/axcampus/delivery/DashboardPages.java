package kr.axcampus.delivery;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import kr.axcampus.common.Roles;
import kr.axcampus.delivery.dto.CentreReport;
import kr.axcampus.organization.IndustryCatalog;
import kr.axcampus.organization.RegionCatalog;
import kr.axcampus.web.BarChart;
import kr.axcampus.web.Languages;
import kr.axcampus.web.Msg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.ProofMsg;

/**
 * The centre's dashboard (operators): the centre report's figures for a period as tiles, a
 * server-drawn bar chart per panel with its table beside it, and the subsidy estimate with its
 * formula. Every number is the report's; nothing is computed here.
 */
@Path("/admin/dashboard")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class DashboardPages {
    private final CentreReports reports;
    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final CurrentCaller caller;
    private final PageSupport page;

    public DashboardPages(
            CentreReports reports,
            RegionCatalog regions,
            IndustryCatalog industries,
            CurrentCaller caller,
            PageSupport page) {
        this.reports = reports;
        this.regions = regions;
        this.industries = industries;
        this.caller = caller;
        this.page = page;
    }

    /** A panel: its dimension, the chart, and its rows with the keys in words. */
    @TemplateData
    public record Panel(String dimension, String chart, List<Row> rows) {}

    @TemplateData
    public record Row(String label, CentreReport.Figures figures) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(
                PageContext ctx, CentreReport report, List<Panel> panels, String formula, String from, String to);
    }

    @GET
    @Operation(hidden = true)
    public Response dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        var first = FormValues.date("from", from, errors);
        var last = FormValues.date("to", to, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        CentreReport report = reports.report(caller.get(), first, last);
        Locale locale = page.locale();
        ProofMsg msg = page.messages(ProofMsg.class);
        List<Panel> panels = List.of(
                panel("region", report.byRegion(), locale, msg),
                panel("industry", report.byIndustry(), locale, msg),
                panel("size", report.bySizeClass(), locale, msg),
                panel("track", report.byTrack(), locale, msg));
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        CentreReport.SubsidyEstimate s = report.subsidyEstimate();
        String formula = msg.subsidy_formula(
                numbers.format(s.hours()),
                numbers.format(s.baseRatePerHour()),
                numbers.format(s.multiplier()),
                numbers.format(s.amount()));
        return page.render(Templates.dashboard(
                page.context(),
                report,
                panels,
                formula,
                report.from().toString(),
                report.to().toString()));
    }

    private Panel panel(String dimension, List<CentreReport.Figures> figures, Locale locale, ProofMsg msg) {
        List<Row> rows = figures.stream()
                .map(f -> new Row(label(dimension, f.key(), locale, msg), f))
                .toList();
        String chart = BarChart.svg(
                msg.chart_hours(msg.panel(dimension)),
                rows.stream()
                        .map(r -> new BarChart.Bar(r.label(), r.figures().hoursDelivered()))
                        .toList());
        return new Panel(dimension, chart, rows);
    }

    /** A group's key in words: a region's or industry's name, a size class, a track. */
    private String label(String dimension, String key, Locale locale, ProofMsg msg) {
        if (key == null || key.equals("NONE")) {
            return msg.key_none();
        }
        Msg words = Languages.msg(locale);
        boolean english = Languages.english(locale);
        return switch (dimension) {
            case "region" ->
                regions.find(key).map(r -> english ? r.nameEn() : r.nameKo()).orElse(key);
            case "industry" -> industries.find(key).map(i -> i.nameIn(locale)).orElse(key);
            case "size" -> words.size(key);
            default -> words.track(key);
        };
    }
}
