package kr.axcampus.organization;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/** Lets pages show a region by its name in the page's language: {@code {company.region.regionName(ctx.lang)}}. */
@TemplateExtension
class RegionNames {
    private RegionNames() {}

    static String regionName(String code, String lang) {
        return Arc.container()
                .instance(RegionCatalog.class)
                .get()
                .find(code)
                .map(r -> "en".equals(lang) ? r.nameEn() : r.nameKo())
                .orElse(code);
    }
}
