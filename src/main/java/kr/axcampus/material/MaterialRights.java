package kr.axcampus.material;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import kr.axcampus.access.Access;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;

/**
 * Who may add to and read from each scope (issue 6, "Scopes and rights"): 404 outside the
 * caller's scope, 403 inside it without the right to write.
 */
@ApplicationScoped
class MaterialRights {
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final CatalogService catalog;
    private final Access access;
    private final Instance<ScopeGuard> guards;

    MaterialRights(
            CohortService cohorts,
            EnrollmentService enrollments,
            CatalogService catalog,
            Access access,
            Instance<ScopeGuard> guards) {
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.access = access;
        this.guards = guards;
    }

    /** The guard another feature provides for the scope, or the refusal of a scope nobody serves yet. */
    private ScopeGuard guard(MaterialScope scope) {
        return guards.stream().filter(g -> g.scope() == scope).findFirst().orElseThrow(() -> reserved(scope));
    }

    void requireWrite(Caller caller, MaterialScope scope, String scopeId) {
        switch (scope) {
            case COURSE, MODULE -> {
                courseCode(scope, scopeId);
                if (!access.stocksCourseShelves(caller)) {
                    throw Access.forbidden("course materials are uploaded by instructors and operators");
                }
            }
            case COHORT ->
                access.requireRunning(
                        caller,
                        cohorts.scope(caller, scopeId),
                        "cohort materials are uploaded by its instructors and operators");
            case SUBMISSION, EVIDENCE -> {
                CohortScope cohort = cohorts.scope(caller, scopeId);
                if (!enrollments.isEnrolledIn(cohort.id(), caller.id())) {
                    throw Access.forbidden(
                            scope == MaterialScope.SUBMISSION
                                    ? "submissions are uploaded by the cohort's learners"
                                    : "evidence is uploaded by the cohort's learners");
                }
            }
            default -> guard(scope).requireWrite(caller, scopeId);
        }
    }

    void requireRead(Caller caller, MaterialScope scope, String scopeId, Material material) {
        boolean allowed = switch (scope) {
            case COURSE, MODULE -> catalog.canReadLessons(caller, courseCode(scope, scopeId));
            case COHORT -> canSeeCohort(caller, scopeId);
            // Listing a submission scope goes through requireListing; here it is one file.
            case SUBMISSION, EVIDENCE -> material.uploaderId.equals(caller.id()) || runs(caller, scopeId);
            default -> guard(scope).mayRead(caller, scopeId);
        };
        if (!allowed) {
            throw ProblemException.notFound(material == null ? scope + " " + scopeId : "material " + material.id);
        }
    }

    /**
     * Checks the caller may list the scope (404 otherwise) and answers whether they see every
     * file in it; a learner sees only their own submissions. One cohort lookup.
     */
    boolean requireListing(Caller caller, MaterialScope scope, String scopeId) {
        if (scope != MaterialScope.SUBMISSION && scope != MaterialScope.EVIDENCE) {
            requireRead(caller, scope, scopeId, null);
            return true;
        }
        CohortScope cohort = cohorts.scope(caller, scopeId);
        boolean staff = access.runs(caller, cohort);
        if (!staff && !enrollments.isEnrolledIn(cohort.id(), caller.id())) {
            throw ProblemException.notFound(scope + " " + scopeId);
        }
        return staff;
    }

    /** A cohort's shelf is for its team and its (not withdrawn) learners. */
    private boolean canSeeCohort(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        return access.runs(caller, cohort) || enrollments.isEnrolledIn(cohort.id(), caller.id());
    }

    /** Whether the caller runs the cohort; false (not 404) when they cannot see it, for a single file's check. */
    private boolean runs(Caller caller, String cohortId) {
        try {
            return access.runs(caller, cohorts.scope(caller, cohortId));
        } catch (ProblemException outOfScope) {
            return false;
        }
    }

    private String courseCode(MaterialScope scope, String scopeId) {
        String code = scope == MaterialScope.MODULE && scopeId.contains("/")
                ? scopeId.substring(0, scopeId.indexOf('/'))
                : scopeId;
        String found = catalog.findCourse(code)
                .filter(c -> !c.archived())
                .map(c -> c.code())
                .orElseThrow(() -> ProblemException.notFound("course " + code));
        if (scope == MaterialScope.MODULE) {
            String module = scopeId.substring(scopeId.indexOf('/') + 1);
            if (!scopeId.contains("/")
                    || catalog.get(found).modules().stream()
                            .noneMatch(m -> m.code().equals(module))) {
                throw ProblemException.invalid(
                        "scopeId",
                        "a module is named <course code>/<module code>, e.g. " + found + "/"
                                + catalog.get(found).modules().get(0).code());
            }
        }
        return found;
    }

    private static ProblemException reserved(MaterialScope scope) {
        return ProblemException.invalid(List.of(
                FieldError.coded("scope", "unknown-value", scope + " materials arrive with the best-practice stage")));
    }
}
