package kr.axcampus.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.LocalizedText;
import kr.axcampus.common.Roles;

/** The programme's regions: the codes a company's or centre's {@code region} accepts. */
@Path("/api/regions")
@Tag(name = "Companies")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class RegionResource {
    private final RegionCatalog regions;

    public RegionResource(RegionCatalog regions) {
        this.regions = regions;
    }

    /** A region as API.md spells it: {@code {code, name: {ko, en}}}. */
    public record RegionView(String code, LocalizedText name) {}

    @GET
    @Operation(summary = "The regions (권역) of the programme, in content/regions.yaml's order")
    public List<RegionView> list() {
        return regions.all().stream()
                .map(r -> new RegionView(r.code(), new LocalizedText(r.nameKo(), r.nameEn())))
                .toList();
    }
}
