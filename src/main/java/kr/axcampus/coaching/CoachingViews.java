package kr.axcampus.coaching;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.coaching.dto.CoachingSummary;
import kr.axcampus.coaching.dto.CoachingView;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.diagnosis.RoadmapService;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/** Coaching requests as the API and pages show them, with the names of the people and company beside the ids. */
@ApplicationScoped
public class CoachingViews {
    private final UserService users;
    private final CompanyService companies;
    private final CohortService cohorts;
    private final RoadmapService roadmaps;
    private final CoachingSettings settings;
    private final Access access;

    public CoachingViews(
            UserService users,
            CompanyService companies,
            CohortService cohorts,
            RoadmapService roadmaps,
            CoachingSettings settings,
            Access access) {
        this.users = users;
        this.companies = companies;
        this.cohorts = cohorts;
        this.roadmaps = roadmaps;
        this.settings = settings;
        this.access = access;
    }

    /** Past a service level: no first response within its time, or not ended within its time. */
    boolean overdue(CoachingRequest request, Instant now) {
        if (request.status.ended()) {
            return false;
        }
        return (request.firstResponseAt == null
                        && request.createdAt
                                .plus(settings.firstResponseWithin())
                                .isBefore(now))
                || request.createdAt.plus(settings.endWithin()).isBefore(now);
    }

    public CoachingView of(Caller caller, CoachingRequest request) {
        List<CoachingVisit> visits =
                CoachingVisit.list("requestId", Sort.by("startsAt").and("createdAt"), request.id);
        List<CoachingEvent> events =
                CoachingEvent.list("requestId", Sort.by("createdAt").and("id"), request.id);
        Set<UUID> people = new HashSet<>();
        Stream.of(request.requesterId, request.coachId).filter(id -> id != null).forEach(people::add);
        visits.forEach(v -> people.add(v.coachId));
        events.stream().map(e -> e.actorId).filter(id -> id != null).forEach(people::add);
        UUID suggested = access.operates(caller) && request.status == CoachingStatus.NEW
                ? cohorts.lastInstructorOf(request.centerId, request.requesterId)
                        .orElse(null)
                : null;
        if (suggested != null) {
            people.add(suggested);
        }
        Map<UUID, UserView> names = users.findAllInCenter(request.centerId, people);
        return new CoachingView(
                request.id.toString(),
                request.companyId.toString(),
                companies
                        .findInCenter(request.centerId, request.companyId)
                        .map(CompanyView::name)
                        .orElse(null),
                request.requesterId.toString(),
                name(names, request.requesterId),
                text(request.coachId),
                name(names, request.coachId),
                text(suggested),
                request.title,
                request.problem,
                request.process,
                request.tool,
                request.urgency.name(),
                text(request.bottleneckId),
                request.bottleneckId == null
                        ? null
                        : roadmaps.bottleneckProcess(request.centerId, request.bottleneckId)
                                .orElse(null),
                request.status.name(),
                request.status.next().stream().map(Enum::name).distinct().toList(),
                request.createdAt,
                request.firstResponseAt,
                request.endedAt,
                overdue(request, Moment.now()),
                request.summary,
                request.ratedAt == null
                        ? null
                        : new CoachingView.Rating(request.ratingScore, request.ratingComment, request.ratedAt),
                visits.stream().map(v -> visit(v, names)).toList(),
                events.stream()
                        .map(e -> new CoachingView.Change(
                                e.action,
                                e.fromStatus == null ? null : e.fromStatus.name(),
                                e.toStatus == null ? null : e.toStatus.name(),
                                text(e.actorId),
                                name(names, e.actorId),
                                e.detail,
                                e.createdAt))
                        .toList());
    }

    CoachingView.Visit visit(UUID centerId, CoachingVisit visit) {
        return visit(visit, users.findAllInCenter(centerId, List.of(visit.coachId)));
    }

    List<CoachingSummary> summaries(UUID centerId, List<CoachingRequest> requests) {
        Set<UUID> people = new HashSet<>();
        requests.forEach(r -> {
            people.add(r.requesterId);
            if (r.coachId != null) {
                people.add(r.coachId);
            }
        });
        Map<UUID, UserView> names = users.findAllInCenter(centerId, people);
        Map<String, String> companyNames = companyNames(centerId);
        Instant now = Moment.now();
        return requests.stream()
                .map(r -> new CoachingSummary(
                        r.id.toString(),
                        r.title,
                        r.companyId.toString(),
                        companyNames.get(r.companyId.toString()),
                        r.requesterId.toString(),
                        name(names, r.requesterId),
                        text(r.coachId),
                        name(names, r.coachId),
                        r.urgency.name(),
                        r.status.name(),
                        r.createdAt,
                        r.firstResponseAt,
                        r.endedAt,
                        overdue(r, now),
                        r.ratingScore == null ? null : r.ratingScore.intValue()))
                .toList();
    }

    String nameOf(UUID centerId, UUID person) {
        return Optional.ofNullable(
                        users.findAllInCenter(centerId, List.of(person)).get(person))
                .map(UserView::name)
                .orElse(null);
    }

    private Map<String, String> companyNames(UUID centerId) {
        return companies.allInCenter(centerId).stream().collect(Collectors.toMap(CompanyView::id, CompanyView::name));
    }

    private static CoachingView.Visit visit(CoachingVisit v, Map<UUID, UserView> names) {
        return new CoachingView.Visit(
                v.id.toString(),
                v.coachId.toString(),
                name(names, v.coachId),
                v.startsAt,
                v.minutes,
                v.mode.name(),
                v.participants,
                v.notes,
                v.nextSteps);
    }

    private static String name(Map<UUID, UserView> names, UUID id) {
        UserView user = id == null ? null : names.get(id);
        return user == null ? null : user.name();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
