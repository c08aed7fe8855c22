package kr.axcampus.bestpractice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

import kr.axcampus.bestpractice.dto.CaseSummary;
import kr.axcampus.bestpractice.dto.CaseView;
import kr.axcampus.bestpractice.dto.ConsentView;
import kr.axcampus.bestpractice.dto.EventView;
import kr.axcampus.bestpractice.dto.FigureView;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/** A case as the API and pages show it to those who see it: names looked up once per view. */
@ApplicationScoped
public class CaseViews {
    private final CompanyService companies;
    private final UserService users;

    public CaseViews(CompanyService companies, UserService users) {
        this.companies = companies;
        this.users = users;
    }

    CaseView of(BestPractice p) {
        List<BestPracticeEvent> events =
                BestPracticeEvent.list("practiceId", Sort.by("createdAt").and("id"), p.id);
        Set<UUID> people = new HashSet<>();
        people.add(p.authorId);
        if (p.consentedBy != null) {
            people.add(p.consentedBy);
        }
        events.stream().map(e -> e.actorId).filter(a -> a != null).forEach(people::add);
        Map<UUID, UserView> named = users.findAllInCenter(p.centerId, people);
        List<EventView> history = events.stream()
                .map(e -> new EventView(e.action, text(e.actorId), nameOf(named, e.actorId), e.detail, e.createdAt))
                .toList();
        ConsentView consent = new ConsentView(
                p.consented(), p.showNames, text(p.consentedBy), nameOf(named, p.consentedBy), p.consentedAt);
        return new CaseView(
                p.id.toString(),
                p.companyId.toString(),
                companyName(p.centerId, p.companyId),
                p.authorId.toString(),
                nameOf(named, p.authorId),
                p.title,
                p.problem,
                p.approach,
                p.tools,
                List.copyOf(p.tags),
                figures(List.of(p.id)).getOrDefault(p.id, List.of()),
                p.status,
                consent,
                p.publishedAt,
                p.createdAt,
                p.updatedAt,
                history);
    }

    /** A page of cases with their companies' names, read once per centre (not once per company). */
    List<CaseSummary> summaries(List<BestPractice> found) {
        Map<String, String> names = new HashMap<>();
        found.stream()
                .map(p -> p.centerId)
                .distinct()
                .forEach(centre -> companies.allInCenter(centre).forEach(c -> names.put(c.id(), c.name())));
        return found.stream()
                .map(p -> new CaseSummary(
                        p.id.toString(),
                        p.companyId.toString(),
                        names.get(p.companyId.toString()),
                        p.title,
                        p.status,
                        p.consented(),
                        p.updatedAt))
                .toList();
    }

    /** The figures of several cases in one query, in their written order. */
    static Map<UUID, List<FigureView>> figures(Collection<UUID> practices) {
        Map<UUID, List<FigureView>> byCase = new HashMap<>();
        if (practices.isEmpty()) {
            return byCase;
        }
        BestPracticeFigure.<BestPracticeFigure>list(
                        "practiceId in ?1", Sort.by("practiceId").and("position"), List.copyOf(practices))
                .forEach(f -> byCase.computeIfAbsent(f.practiceId, k -> new ArrayList<>())
                        .add(new FigureView(f.name.name(), f.unit, f.before, f.after, f.period)));
        return byCase;
    }

    private String companyName(UUID centerId, UUID companyId) {
        return companies
                .findInCenter(centerId, companyId)
                .map(CompanyView::name)
                .orElse(null);
    }

    private static String nameOf(Map<UUID, UserView> named, UUID id) {
        UserView user = id == null ? null : named.get(id);
        return user == null ? null : user.name();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
