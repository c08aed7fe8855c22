package kr.axcampus.delivery;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;

import kr.axcampus.access.Access;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.delivery.dto.ResultView;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * What the cohort pages show of closing (reached from templates as {@code inject:closingPanels}, so
 * the cohort and progress features need not know this one): the close and reopen forms for those
 * who may, the history, the frozen results, and a learner's own certificate.
 */
@Named("closingPanels")
@RequestScoped
public class ClosingPanels {
    private final CohortClosing closing;
    private final CohortService cohorts;
    private final ResultService results;
    private final UserService users;
    private final Access access;
    private final CurrentCaller caller;

    public ClosingPanels(
            CohortClosing closing,
            CohortService cohorts,
            ResultService results,
            UserService users,
            Access access,
            CurrentCaller caller) {
        this.closing = closing;
        this.cohorts = cohorts;
        this.results = results;
        this.users = users;
        this.access = access;
        this.caller = caller;
    }

    @TemplateData
    public record Change(Instant at, String actor, String change, String reason) {}

    @TemplateData
    public record Panel(
            String cohortId,
            boolean closed,
            boolean mayClose,
            boolean mayReopen,
            List<Change> history,
            List<ResultView> results,
            int completed) {}

    /** The closing panel of a cohort for its team (empty rights for anyone else). */
    public Panel of(String cohortId) {
        CohortScope cohort = cohorts.scope(caller.get(), cohortId);
        boolean runs = access.runs(caller.get(), cohort);
        boolean closed = closing.isClosed(cohort.id());
        List<CohortClosing.Change> changes = closing.history(cohort.id());
        Set<UUID> actors = new HashSet<>();
        changes.forEach(c -> {
            if (c.actorId() != null) {
                actors.add(c.actorId());
            }
        });
        Map<UUID, UserView> names = users.findAllInCenter(cohort.centerId(), actors);
        List<ResultView> frozen = closed && runs ? results.results(caller.get(), cohortId) : List.of();
        return new Panel(
                cohort.id().toString(),
                closed,
                runs && !closed,
                closed && access.operates(caller.get()),
                changes.stream()
                        .map(c -> new Change(
                                c.at(),
                                c.actorId() == null || !names.containsKey(c.actorId())
                                        ? null
                                        : names.get(c.actorId()).name(),
                                c.change().name(),
                                c.reason()))
                        .toList(),
                frozen,
                (int) frozen.stream()
                        .filter(r -> r.result() == EnrollmentResult.Outcome.COMPLETED)
                        .count());
    }

    private Map<String, String> employeesCertificates;

    /**
     * A CEO's employee's valid certificate in a cohort, for the company page's cards: the company's
     * certificates are read once per request, not once per card.
     */
    public Optional<String> employeeCertificate(String cohortId, String userId) {
        if (employeesCertificates == null) {
            UUID company = access.employer(caller.get());
            employeesCertificates = new HashMap<>();
            if (company != null) {
                Certificate.getEntityManager()
                        .createQuery(
                                "select c from Certificate c, EnrollmentResult r where r.id = c.resultId"
                                        + " and r.companyId = :company and c.revokedAt is null and c.centerId = :center",
                                Certificate.class)
                        .setParameter("company", company)
                        .setParameter("center", caller.get().centerId())
                        .getResultList()
                        .forEach(c -> employeesCertificates.put(c.cohortId + "/" + c.userId, c.serial));
            }
        }
        return Optional.ofNullable(employeesCertificates.get(cohortId + "/" + userId));
    }

    /** The caller's own valid certificate in the cohort, if its close found them completed. */
    public Optional<String> myCertificate(String cohortId) {
        UUID me = caller.get().id();
        Certificate held = Certificate.<Certificate>find(
                        "cohortId = ?1 and userId = ?2 and revokedAt is null", UUID.fromString(cohortId), me)
                .firstResult();
        return Optional.ofNullable(held).map(c -> c.serial);
    }
}
