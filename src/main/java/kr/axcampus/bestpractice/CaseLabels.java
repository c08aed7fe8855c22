package kr.axcampus.bestpractice;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.TemplateData;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.organization.IndustryCatalog;
import kr.axcampus.organization.RegionCatalog;
import kr.axcampus.web.CaseMsg;

/** The names pages show for the codes a case carries (tags, industry, region, figure kinds, periods), in the reader's language. */
@ApplicationScoped
public class CaseLabels {
    private final CatalogService catalog;
    private final IndustryCatalog industries;
    private final RegionCatalog regions;

    public CaseLabels(CatalogService catalog, IndustryCatalog industries, RegionCatalog regions) {
        this.catalog = catalog;
        this.industries = industries;
        this.regions = regions;
    }

    /** A named choice of a filter or a form. */
    @TemplateData
    public record Choice(String code, String name) {}

    /** The labels in one language. */
    @TemplateData
    public record In(
            Locale locale,
            CaseMsg msg,
            CatalogService catalog,
            IndustryCatalog industryCatalog,
            RegionCatalog regionCatalog) {
        public String tag(String code) {
            return catalog.tags().stream()
                    .filter(t -> t.code().equals(code))
                    .findFirst()
                    .map(t -> t.nameIn(locale))
                    .orElse(code);
        }

        public String industry(String code) {
            return industryCatalog.find(code).map(i -> i.nameIn(locale)).orElse(code);
        }

        public String region(String code) {
            return regionCatalog
                    .find(code)
                    .map(r -> korean() ? r.nameKo() : r.nameEn())
                    .orElse(code);
        }

        /** An ISO-8601 period (P3M) in words; as written when it cannot be read. */
        public String period(String iso) {
            try {
                Period p = Period.parse(iso);
                return msg.period(p.getYears(), p.getMonths(), p.getDays()).strip();
            } catch (DateTimeException e) {
                return iso;
            }
        }

        public String number(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }

        public List<Choice> tags() {
            return catalog.tags().stream()
                    .map(t -> new Choice(t.code(), t.nameIn(locale)))
                    .toList();
        }

        public List<Choice> industries() {
            return industryCatalog.all().stream()
                    .map(i -> new Choice(i.code(), i.nameIn(locale)))
                    .toList();
        }

        public List<Choice> regions() {
            return regionCatalog.all().stream()
                    .map(r -> new Choice(r.code(), korean() ? r.nameKo() : r.nameEn()))
                    .toList();
        }

        public List<String> kinds() {
            return List.of(FigureKind.values()).stream().map(Enum::name).toList();
        }

        private boolean korean() {
            return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        }
    }

    public In in(Locale locale, CaseMsg msg) {
        return new In(locale, msg, catalog, industries, regions);
    }
}
