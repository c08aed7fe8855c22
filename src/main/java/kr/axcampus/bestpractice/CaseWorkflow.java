package kr.axcampus.bestpractice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kr.axcampus.access.Access;
import kr.axcampus.bestpractice.dto.CaseView;
import kr.axcampus.bestpractice.dto.ConsentRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;

/**
 * A case's way to the public showcase: its author sends it for review, the company's CEO consents
 * (or withdraws consent), an operator publishes it — only with consent — or takes it off again.
 * Withdrawing consent takes a published case off at once (back to IN_REVIEW), so it is never shown
 * without consent; consenting again does not republish it: an operator does.
 */
@ApplicationScoped
public class CaseWorkflow {
    private final BestPracticeService cases;
    private final CaseViews views;
    private final Access access;

    public CaseWorkflow(BestPracticeService cases, CaseViews views, Access access) {
        this.cases = cases;
        this.views = views;
        this.access = access;
    }

    @Transactional
    public CaseView submit(Caller caller, String id) {
        BestPractice practice = cases.changing(caller, id);
        if (!access.authored(caller, practice)) {
            throw Access.forbidden("only the case's author sends it for review");
        }
        move(practice, CaseStatus.IN_REVIEW);
        cases.record(practice, caller, "SUBMITTED", null);
        return views.of(practice);
    }

    /** The CEO's consent, with whether the author's name may be shown; repeating it changes nothing. */
    @Transactional
    public CaseView consent(Caller caller, String id, ConsentRequest request) {
        BestPractice practice = cases.changing(caller, id);
        requireCeo(caller, practice);
        boolean showNames = request != null && Boolean.TRUE.equals(request.showNames());
        if (practice.consented() && practice.showNames == showNames) {
            return views.of(practice);
        }
        practice.consentedAt = Moment.now();
        practice.consentedBy = caller.id();
        practice.showNames = showNames;
        cases.record(practice, caller, "CONSENTED", showNames ? "names shown" : "names hidden");
        return views.of(practice);
    }

    /** The CEO withdraws consent: a published case leaves the showcase in the same transaction. */
    @Transactional
    public CaseView withdrawConsent(Caller caller, String id) {
        BestPractice practice = cases.changing(caller, id);
        requireCeo(caller, practice);
        if (!practice.consented()) {
            return views.of(practice);
        }
        practice.consentedAt = null;
        practice.consentedBy = null;
        practice.showNames = false;
        boolean wasPublished = practice.status == CaseStatus.PUBLISHED;
        if (wasPublished) {
            practice.status = CaseStatus.IN_REVIEW;
            practice.publishedAt = null;
            practice.publishedBy = null;
        }
        cases.record(practice, caller, "CONSENT_WITHDRAWN", wasPublished ? "unpublished" : null);
        return views.of(practice);
    }

    @Transactional
    public CaseView publish(Caller caller, String id) {
        BestPractice practice = cases.changing(caller, id);
        requireOperator(caller);
        move(practice, CaseStatus.PUBLISHED);
        if (!practice.consented()) {
            throw ProblemException.conflict(
                    "consent-required",
                    "a case is published only with the consent of its company's CEO (POST /api/best-practices/"
                            + practice.id + "/consent)",
                    "consent");
        }
        practice.status = CaseStatus.PUBLISHED;
        practice.publishedAt = Moment.now();
        practice.publishedBy = caller.id();
        cases.record(practice, caller, "PUBLISHED", null);
        return views.of(practice);
    }

    @Transactional
    public CaseView unpublish(Caller caller, String id) {
        BestPractice practice = cases.changing(caller, id);
        requireOperator(caller);
        if (practice.status != CaseStatus.PUBLISHED) {
            throw illegal(practice, CaseStatus.IN_REVIEW);
        }
        practice.status = CaseStatus.IN_REVIEW;
        practice.publishedAt = null;
        practice.publishedBy = null;
        cases.record(practice, caller, "UNPUBLISHED", null);
        return views.of(practice);
    }

    private void requireCeo(Caller caller, BestPractice practice) {
        if (!access.consentsFor(caller, practice)) {
            throw Access.forbidden("consent to show a case publicly is given by the company's CEO");
        }
    }

    private void requireOperator(Caller caller) {
        if (!access.publishesCases(caller)) {
            throw Access.forbidden("cases are published and unpublished by the centre's operators");
        }
    }

    /** Moves the case if its state allows it (the publish path sets its own fields after its consent check). */
    private static void move(BestPractice practice, CaseStatus to) {
        if (!practice.status.next().contains(to)) {
            throw illegal(practice, to);
        }
        if (to != CaseStatus.PUBLISHED) {
            practice.status = to;
        }
    }

    private static ProblemException illegal(BestPractice practice, CaseStatus to) {
        return ProblemException.illegalTransition(
                "a " + practice.status + " case cannot become " + to,
                practice.status.next().stream().map(Enum::name).toList());
    }
}
