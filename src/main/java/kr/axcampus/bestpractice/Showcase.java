package kr.axcampus.bestpractice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import kr.axcampus.bestpractice.dto.FigureTotal;
import kr.axcampus.bestpractice.dto.FigureView;
import kr.axcampus.bestpractice.dto.PublicCase;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/**
 * The public showcase: published cases whose company's CEO consents, found by industry, region and
 * tag, and their figures summed in SQL. The filters read the company's industry and region in the
 * same statement (a join on company, as the centre's report does) so the list, its count and the
 * summary answer over exactly the same cases.
 */
@ApplicationScoped
public class Showcase {
    /** The cases anyone sees; {@code %s} takes the filters. */
    private static final String SHOWN = " FROM best_practice b JOIN company c ON c.id = b.company_id"
            + " WHERE b.status = 'PUBLISHED' AND b.consented_at IS NOT NULL%s";

    private final CompanyService companies;
    private final UserService users;
    private final CatalogService catalog;
    private final EntityManager em;

    public Showcase(CompanyService companies, UserService users, CatalogService catalog, EntityManager em) {
        this.companies = companies;
        this.users = users;
        this.catalog = catalog;
        this.em = em;
    }

    /** What the showcase is filtered by; null or blank: any. */
    public record Filter(String industry, String region, String tag) {
        String where() {
            return (present(industry) ? " AND coalesce(c.industry_section, 'OTHER') = :industry" : "")
                    + (present(region) ? " AND c.region = :region" : "")
                    + (present(tag) ? " AND b.tags @> jsonb_build_array(CAST(:tag AS varchar))" : "");
        }

        Query bind(Query query) {
            if (present(industry)) {
                query.setParameter("industry", industry.strip());
            }
            if (present(region)) {
                query.setParameter("region", region.strip());
            }
            if (present(tag)) {
                query.setParameter("tag", tag.strip());
            }
            return query;
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }

    public PageResult<PublicCase> list(Filter filter, PageRequest page) {
        check(filter);
        String shown = SHOWN.formatted(filter.where());
        long total = ((Number) filter.bind(em.createNativeQuery("SELECT count(*)" + shown))
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = filter.bind(
                        em.createNativeQuery("SELECT b.id" + shown + " ORDER BY b.published_at DESC, b.id", UUID.class))
                .setFirstResult(page.page() * page.size())
                .setMaxResults(page.size())
                .getResultList();
        return new PageResult<>(shown(ids), page.page(), page.size(), total);
    }

    /** One published case with consent; anything else is not found, so nothing unpublished can be probed. */
    public PublicCase get(String id) {
        return Ids.parse(id)
                .map(uuid -> shown(List.of(uuid)))
                .filter(found -> !found.isEmpty())
                .map(found -> found.get(0))
                .orElseThrow(() -> ProblemException.notFound("best practice " + id));
    }

    /** Per figure kind and unit: before and after summed over the shown cases, and how many cases report it. */
    public List<FigureTotal> summary(Filter filter) {
        check(filter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = filter.bind(em.createNativeQuery(
                        "SELECT f.name AS name, f.unit AS unit, sum(f.before_value) AS before,"
                                + " sum(f.after_value) AS after, count(DISTINCT f.practice_id) AS cases"
                                + " FROM best_practice_figure f JOIN ("
                                + "SELECT b.id" + SHOWN.formatted(filter.where())
                                + ") s ON s.id = f.practice_id GROUP BY f.name, f.unit ORDER BY f.name, f.unit",
                        Tuple.class))
                .getResultList();
        return rows.stream()
                .map(r -> new FigureTotal(
                        r.get("name", String.class),
                        r.get("unit", String.class),
                        r.get("before", BigDecimal.class),
                        r.get("after", BigDecimal.class),
                        r.get("cases", Number.class).longValue()))
                .toList();
    }

    private void check(Filter filter) {
        if (filter.tag() != null
                && !filter.tag().isBlank()
                && !catalog.isTag(filter.tag().strip())) {
            throw ProblemException.invalid("tag", "unknown tag " + filter.tag() + " (GET /api/catalog/tags)");
        }
    }

    /** The cases of these ids that are shown, in the ids' order, as anyone may see them. */
    private List<PublicCase> shown(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, BestPractice> found = BestPractice.<BestPractice>list(
                        "id in ?1 and status = ?2 and consentedAt is not null", ids, CaseStatus.PUBLISHED)
                .stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        Map<UUID, List<FigureView>> figures = CaseViews.figures(found.keySet());
        Map<UUID, String> authors = namedAuthors(found.values());
        Map<String, CompanyView> companiesById = companiesOf(found.values());
        List<PublicCase> cases = new ArrayList<>();
        for (UUID id : ids) {
            BestPractice p = found.get(id);
            if (p == null) {
                continue;
            }
            CompanyView company = companiesById.get(p.companyId.toString());
            cases.add(new PublicCase(
                    p.id.toString(),
                    PublicText.mask(p.title),
                    company.name(),
                    company.industrySection() == null ? "OTHER" : company.industrySection(),
                    company.region(),
                    PublicText.mask(p.problem),
                    PublicText.mask(p.approach),
                    PublicText.mask(p.tools),
                    List.copyOf(p.tags),
                    figures.getOrDefault(p.id, List.of()).stream()
                            .map(f -> new FigureView(
                                    f.name(), PublicText.mask(f.unit()), f.before(), f.after(), f.period()))
                            .toList(),
                    p.showNames ? authors.get(p.authorId) : null,
                    p.publishedAt));
        }
        return cases;
    }

    /** The companies of the cases, one query per centre (not one per case). */
    private Map<String, CompanyView> companiesOf(Collection<BestPractice> cases) {
        Map<String, CompanyView> found = new HashMap<>();
        cases.stream()
                .map(p -> p.centerId)
                .distinct()
                .forEach(centre -> companies.allInCenter(centre).forEach(c -> found.put(c.id(), c)));
        return found;
    }

    /** The names of the authors whose CEO consented to showing them, per centre in one query each. */
    private Map<UUID, String> namedAuthors(Collection<BestPractice> cases) {
        Map<UUID, Set<UUID>> byCentre = cases.stream()
                .filter(p -> p.showNames)
                .collect(Collectors.groupingBy(
                        p -> p.centerId, Collectors.mapping(p -> p.authorId, Collectors.toSet())));
        Map<UUID, String> names = new HashMap<>();
        byCentre.forEach((centre, authors) ->
                users.findAllInCenter(centre, authors).forEach((id, user) -> names.put(id, user.name())));
        return names;
    }
}
