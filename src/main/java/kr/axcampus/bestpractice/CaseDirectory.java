package kr.axcampus.bestpractice;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.bestpractice.dto.CaseRef;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/**
 * Cases as other features name them (a sharing event lists the cases presented at it): the title,
 * the company, and whether the case is on the public showcase now (published with consent).
 */
@ApplicationScoped
public class CaseDirectory {
    private final CompanyService companies;

    public CaseDirectory(CompanyService companies) {
        this.companies = companies;
    }

    /** A case of the centre, whatever its state. */
    public Optional<CaseRef> find(UUID centerId, UUID id) {
        return BestPractice.<BestPractice>findByIdOptional(id)
                .filter(c -> c.centerId.equals(centerId))
                .map(c -> ref(c, companyName(centerId, c.companyId)));
    }

    /** The cases of these ids in the centre, by title. */
    public List<CaseRef> all(UUID centerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<BestPractice> found = BestPractice.list("centerId = ?1 and id in ?2", centerId, ids);
        return found.stream()
                .map(c -> ref(c, companyName(centerId, c.companyId)))
                .sorted(Comparator.comparing(CaseRef::title))
                .toList();
    }

    private String companyName(UUID centerId, UUID companyId) {
        return companies
                .findInCenter(centerId, companyId)
                .map(CompanyView::name)
                .orElse(null);
    }

    private static CaseRef ref(BestPractice c, String companyName) {
        return new CaseRef(c.id.toString(), c.title, companyName, c.status == CaseStatus.PUBLISHED && c.consented());
    }
}
