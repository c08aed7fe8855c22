package kr.axcampus.bestpractice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.bestpractice.dto.FigureTotal;
import kr.axcampus.bestpractice.dto.PublicCase;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.web.CaseMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * The public showcase on pages, on purpose without sign-in: published cases with consent, found by
 * industry, region and AI opportunity, their figures summed, and each case at a link of its own.
 */
@Path("/showcase")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class ShowcasePages {
    private final Showcase showcase;
    private final CaseLabels labels;
    private final PageSupport page;

    public ShowcasePages(Showcase showcase, CaseLabels labels, PageSupport page) {
        this.showcase = showcase;
        this.labels = labels;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                PageContext ctx,
                PageResult<PublicCase> cases,
                List<FigureTotal> summary,
                Showcase.Filter filter,
                CaseLabels.In labels,
                String query);

        static native TemplateInstance show(PageContext ctx, PublicCase practice, CaseLabels.In labels);
    }

    @GET
    @Operation(hidden = true)
    public Response list(
            @QueryParam("industry") String industry,
            @QueryParam("region") String region,
            @QueryParam("tag") String tag,
            @QueryParam("page") Integer pageNumber) {
        Showcase.Filter filter = new Showcase.Filter(industry, region, tag);
        PageResult<PublicCase> cases;
        List<FigureTotal> summary;
        try {
            cases = showcase.list(filter, PageRequest.of(pageNumber, 20));
            summary = showcase.summary(filter);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            // a tag no longer in the catalogue (an old link) shows every case rather than an error
            filter = new Showcase.Filter(industry, region, null);
            cases = showcase.list(filter, PageRequest.of(0, 20));
            summary = showcase.summary(filter);
        }
        String query = "industry=" + encode(filter.industry()) + "&region=" + encode(filter.region()) + "&tag="
                + encode(filter.tag()) + "&";
        return page.render(Templates.list(page.context(), cases, summary, filter, labels(), query));
    }

    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id) {
        try {
            return page.render(Templates.show(page.context(), showcase.get(id), labels()));
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            return page.render(Templates.show(page.context(), null, labels()), 404);
        }
    }

    private CaseLabels.In labels() {
        return labels.in(page.locale(), page.messages(CaseMsg.class));
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
