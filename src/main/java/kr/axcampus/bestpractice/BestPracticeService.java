package kr.axcampus.bestpractice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.bestpractice.dto.CaseRequest;
import kr.axcampus.bestpractice.dto.CaseSummary;
import kr.axcampus.bestpractice.dto.CaseView;
import kr.axcampus.bestpractice.dto.FigureRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/**
 * Writing best-practice cases: a learner or the CEO of a company, or a coach, drafts a case; the
 * author, the company's CEO, instructors and operators edit it until it is published. The state
 * changes are {@link CaseWorkflow}'s; every change is kept with who made it.
 */
@ApplicationScoped
public class BestPracticeService {
    private final CaseViews views;
    private final CompanyService companies;
    private final CaseInput input;
    private final Access access;
    private final EntityManager em;

    public BestPracticeService(
            CaseViews views, CompanyService companies, CaseInput input, Access access, EntityManager em) {
        this.views = views;
        this.companies = companies;
        this.input = input;
        this.access = access;
        this.em = em;
    }

    @Transactional
    public CaseView create(Caller caller, CaseRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "companyId, title, problem, approach and tools are required");
        }
        if (request.companyId() == null || request.companyId().isBlank()) {
            throw ProblemException.invalid(List.of(FieldError.coded("companyId", "required", "must not be blank")));
        }
        UUID companyId = Ids.parse(request.companyId())
                .orElseThrow(() -> ProblemException.invalid("companyId", "not a company id"));
        CompanyView company = companies
                .findInCenter(caller.centerId(), companyId)
                .orElseThrow(() -> ProblemException.notFound("company " + request.companyId()));
        if (!access.writesCaseFor(caller, caller.centerId(), companyId)) {
            if (access.seesCompany(caller, caller.centerId(), companyId)) {
                throw Access.forbidden("a case is written by the company's learners or CEO, or by a coach");
            }
            throw ProblemException.notFound("company " + request.companyId());
        }
        input.check(request);
        BestPractice practice = new BestPractice();
        practice.centerId = caller.centerId();
        practice.companyId = UUID.fromString(company.id());
        practice.authorId = caller.id();
        practice.status = CaseStatus.DRAFT;
        apply(practice, request);
        practice.persist();
        writeFigures(practice, request.figures());
        record(practice, caller, "CREATED", null);
        return views.of(practice);
    }

    /** The case's text, tags and figures replaced, while it is a draft or in review. */
    @Transactional
    public CaseView update(Caller caller, String id, CaseRequest request) {
        BestPractice practice = changing(caller, id);
        if (!practice.status.editable()) {
            throw ProblemException.conflict(
                    "case-published",
                    "a published case does not change; an operator unpublishes it first (back to IN_REVIEW)",
                    null);
        }
        if (request == null) {
            throw ProblemException.invalid("body", "title, problem, approach and tools are required");
        }
        input.check(request);
        apply(practice, request);
        em.createQuery("DELETE FROM BestPracticeFigure f WHERE f.practiceId = ?1")
                .setParameter(1, practice.id)
                .executeUpdate();
        writeFigures(practice, request.figures());
        record(practice, caller, "UPDATED", null);
        return views.of(practice);
    }

    public CaseView get(Caller caller, String id) {
        return views.of(visible(caller, id));
    }

    /** The cases the caller sees, latest change first: all (operators, instructors), else their own and their company's (a CEO). */
    public PageResult<CaseSummary> list(Caller caller, CaseStatus status, PageRequest page) {
        String query = "centerId = :center";
        Parameters parameters = Parameters.with("center", caller.centerId());
        if (!access.listsEveryCase(caller)) {
            UUID company = access.employer(caller);
            query += company == null ? " and authorId = :me" : " and (authorId = :me or companyId = :company)";
            parameters = parameters.and("me", caller.id());
            if (company != null) {
                parameters = parameters.and("company", company);
            }
        }
        if (status != null) {
            query += " and status = :status";
            parameters = parameters.and("status", status);
        }
        var found = BestPractice.<BestPractice>find(
                        query, Sort.descending("updatedAt").and("id"), parameters)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(views.summaries(found.list()), page.page(), page.size(), found.count());
    }

    /** A case with what the caller may do to it now (the page's buttons ask the same rules as the API). */
    public CasePage page(Caller caller, String id) {
        BestPractice p = visible(caller, id);
        boolean operator = access.publishesCases(caller);
        return new CasePage(
                views.of(p),
                p.status.editable(),
                access.authored(caller, p) && p.status == CaseStatus.DRAFT,
                access.consentsFor(caller, p),
                access.consentsFor(caller, p) && p.consented(),
                operator && p.status == CaseStatus.IN_REVIEW,
                operator && p.status == CaseStatus.PUBLISHED);
    }

    /** The companies the caller may write a case for (refused with 403 when none). */
    public List<CompanyView> companiesFor(Caller caller) {
        if (!access.writesCases(caller)) {
            throw Access.forbidden("a case is written by the company's learners or CEO, or by a coach");
        }
        return companies.allInCenter(caller.centerId()).stream()
                .filter(c -> access.writesCaseFor(caller, caller.centerId(), UUID.fromString(c.id())))
                .toList();
    }

    /** The case if the caller may see it (404 otherwise). */
    BestPractice visible(Caller caller, String id) {
        return Ids.parse(id)
                .flatMap(uuid -> BestPractice.<BestPractice>findByIdOptional(uuid))
                .filter(p -> access.seesCase(caller, p))
                .orElseThrow(() -> ProblemException.notFound("best practice " + id));
    }

    /** The case, seen by the caller, locked against a concurrent change until the transaction ends. */
    BestPractice changing(Caller caller, String id) {
        BestPractice practice = visible(caller, id);
        em.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(practice);
        return practice;
    }

    void record(BestPractice practice, Caller caller, String action, String detail) {
        BestPracticeEvent event = new BestPracticeEvent();
        event.practiceId = practice.id;
        event.actorId = caller == null ? null : caller.id();
        event.action = action;
        event.detail = detail;
        event.persist();
    }

    private static void apply(BestPractice practice, CaseRequest request) {
        practice.title = request.title().strip();
        practice.problem = request.problem().strip();
        practice.approach = request.approach().strip();
        practice.tools = request.tools().strip();
        practice.tags =
                request.tags() == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(request.tags()));
    }

    private static void writeFigures(BestPractice practice, List<FigureRequest> figures) {
        if (figures == null) {
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            FigureRequest request = figures.get(i);
            BestPracticeFigure figure = new BestPracticeFigure();
            figure.practiceId = practice.id;
            figure.position = i;
            figure.name = FigureKind.valueOf(request.name());
            figure.unit = request.unit().strip();
            figure.before = request.before();
            figure.after = request.after();
            figure.period = request.period().strip().toUpperCase(Locale.ROOT);
            figure.persist();
        }
    }
}
