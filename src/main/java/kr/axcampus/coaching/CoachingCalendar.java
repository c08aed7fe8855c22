package kr.axcampus.coaching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.coaching.dto.CalendarVisit;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/**
 * Coaching visits for a person's calendar feed: those they make as the coach and those of the
 * requests they asked. Two queries whatever the number of visits (the visits with their requests,
 * and the centre's company names when a visit is on site).
 */
@ApplicationScoped
public class CoachingCalendar {
    private final CompanyService companies;
    private final EntityManager em;

    public CoachingCalendar(CompanyService companies, EntityManager em) {
        this.companies = companies;
        this.em = em;
    }

    /** The person's visits starting at or after {@code from}, in time order. */
    public List<CalendarVisit> of(UUID centerId, UUID person, Instant from) {
        List<Object[]> rows = em.createQuery(
                        "select v, r from CoachingVisit v, CoachingRequest r where r.id = v.requestId"
                                + " and r.centerId = :center and v.startsAt >= :from"
                                + " and (v.coachId = :me or r.requesterId = :me) order by v.startsAt, v.id",
                        Object[].class)
                .setParameter("center", centerId)
                .setParameter("from", from)
                .setParameter("me", person)
                .getResultList();
        boolean anyOnSite = rows.stream().anyMatch(r -> ((CoachingVisit) r[0]).mode == VisitMode.ON_SITE);
        Map<String, String> names = anyOnSite
                ? companies.allInCenter(centerId).stream()
                        .collect(Collectors.toMap(CompanyView::id, CompanyView::name, (a, b) -> a))
                : Map.of();
        Function<Object[], CalendarVisit> entry = r -> {
            CoachingVisit visit = (CoachingVisit) r[0];
            CoachingRequest request = (CoachingRequest) r[1];
            boolean onSite = visit.mode == VisitMode.ON_SITE;
            return new CalendarVisit(
                    visit.id,
                    request.title,
                    visit.startsAt,
                    visit.startsAt.plus(Duration.ofMinutes(visit.minutes)),
                    onSite,
                    onSite ? names.get(request.companyId.toString()) : null,
                    visit.updatedAt,
                    person.equals(visit.coachId));
        };
        return rows.stream().map(entry).toList();
    }
}
