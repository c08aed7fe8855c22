package kr.axcampus.bestpractice;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.MaterialScope;
import kr.axcampus.material.ScopeGuard;

/**
 * A case's evidence files (screenshots, before/after sheets) are read by whoever sees the case; its
 * author, the company's CEO and the instructors add them while the case is a draft or in review.
 * They never go public with the case: evidence may name people the consent does not cover.
 */
@ApplicationScoped
public class BestPracticeMaterialGuard implements ScopeGuard {
    private final BestPracticeService cases;
    private final Access access;

    public BestPracticeMaterialGuard(BestPracticeService cases, Access access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public MaterialScope scope() {
        return MaterialScope.BEST_PRACTICE;
    }

    @Override
    public void requireWrite(Caller caller, String scopeId) {
        BestPractice practice = cases.visible(caller, scopeId);
        if (!access.addsCaseFiles(caller, practice)) {
            throw Access.forbidden("a case's files are added by its author, the company's CEO and the instructors");
        }
        if (!practice.status.editable()) {
            throw ProblemException.conflict(
                    "case-published", "a published case's files do not change; unpublish it first", null);
        }
    }

    @Override
    public boolean mayRead(Caller caller, String scopeId) {
        return Ids.parse(scopeId)
                .flatMap(id -> BestPractice.<BestPractice>findByIdOptional(id))
                .map(p -> access.seesCase(caller, p))
                .orElse(false);
    }
}
