package kr.axcampus.coaching;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.MaterialScope;
import kr.axcampus.material.ScopeGuard;

/**
 * A coaching request's files are read by whoever sees the request; they are added by the person
 * who asked, the coach and the operators while the request is open (after it ended, its files are
 * what it was decided on).
 */
@ApplicationScoped
public class CoachingMaterialGuard implements ScopeGuard {
    private final CoachingService coaching;
    private final Access access;

    public CoachingMaterialGuard(CoachingService coaching, Access access) {
        this.coaching = coaching;
        this.access = access;
    }

    @Override
    public MaterialScope scope() {
        return MaterialScope.COACHING;
    }

    @Override
    public void requireWrite(Caller caller, String scopeId) {
        CoachingRequest request = coaching.visible(caller, scopeId);
        if (!(access.asked(caller, request) || access.coaches(caller, request) || access.operates(caller))) {
            throw Access.forbidden("files are added by the person who asked, the coach and the operators");
        }
        if (request.status.ended()) {
            throw ProblemException.conflict(
                    "coaching-ended", "the request is " + request.status + "; its files no longer change", null);
        }
    }

    @Override
    public boolean mayRead(Caller caller, String scopeId) {
        return Ids.parse(scopeId)
                .flatMap(id -> CoachingRequest.<CoachingRequest>findByIdOptional(id))
                .map(r -> access.seesCoaching(caller, r))
                .orElse(false);
    }
}
