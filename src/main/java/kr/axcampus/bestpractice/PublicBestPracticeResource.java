package kr.axcampus.bestpractice;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.bestpractice.dto.FigureTotal;
import kr.axcampus.bestpractice.dto.PublicCase;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;

/**
 * The public showcase, on purpose without sign-in: the centre spreads its partner companies'
 * results, and only cases an operator published with the company's CEO's consent are here.
 */
@Path("/api/public/best-practices")
@Tag(name = "Best practice")
@Produces(MediaType.APPLICATION_JSON)
public class PublicBestPracticeResource {
    private final Showcase showcase;

    public PublicBestPracticeResource(Showcase showcase) {
        this.showcase = showcase;
    }

    /** No sign-in: published, consented cases are public by the CEO's choice. */
    @GET
    @PermitAll
    @Operation(
            summary =
                    "Published cases with consent, by industry, region and tag; no e-mail, phone or unconsented names")
    public PageResult<PublicCase> list(
            @QueryParam("industry") String industry,
            @QueryParam("region") String region,
            @QueryParam("tag") String tag,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return showcase.list(new Showcase.Filter(industry, region, tag), PageRequest.of(page, size));
    }

    /** No sign-in: the same cases as the list, one by one (a shareable link). */
    @GET
    @Path("/summary")
    @PermitAll
    @Operation(
            summary =
                    "Per figure kind and unit, before and after summed over the published cases (same filters as the list)")
    public List<FigureTotal> summary(
            @QueryParam("industry") String industry,
            @QueryParam("region") String region,
            @QueryParam("tag") String tag) {
        return showcase.summary(new Showcase.Filter(industry, region, tag));
    }

    /** No sign-in: one published case; anything else is 404. */
    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One published case with consent; otherwise 404")
    public PublicCase get(@PathParam("id") String id) {
        return showcase.get(id);
    }
}
