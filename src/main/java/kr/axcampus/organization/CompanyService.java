package kr.axcampus.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.organization.dto.CompanyRequest;
import kr.axcampus.organization.dto.CompanyView;

/**
 * Partner companies of the caller's centre. Operators manage them; a CEO reads
 * only their own company; anything else is "not found".
 */
@ApplicationScoped
public class CompanyService {
    private final RegionCatalog regions;
    private final IndustryCatalog industries;
    private final Access access;
    private final Validator validator;

    public CompanyService(RegionCatalog regions, IndustryCatalog industries, Access access, Validator validator) {
        this.regions = regions;
        this.industries = industries;
        this.access = access;
        this.validator = validator;
    }

    public PageResult<CompanyView> list(Caller caller, PageRequest page) {
        String query;
        Object[] params;
        if (access.operates(caller)) {
            query = "centerId = ?1";
            params = new Object[] {caller.centerId()};
        } else if (access.employer(caller) != null) {
            query = "centerId = ?1 and id = ?2";
            params = new Object[] {caller.centerId(), access.employer(caller)};
        } else {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        var found =
                Company.<Company>find(query, Sort.by("name").and("id"), params).page(Page.of(page.page(), page.size()));
        List<CompanyView> items = found.list().stream().map(CompanyView::of).toList();
        return new PageResult<>(items, page.page(), page.size(), found.count());
    }

    public CompanyView get(Caller caller, String id) {
        return CompanyView.of(visible(caller, id));
    }

    /** The company's display name, for other features; empty when it is not in the centre. */
    public Optional<CompanyView> findInCenter(UUID centerId, UUID companyId) {
        return Optional.ofNullable(Company.<Company>findById(companyId))
                .filter(c -> c.centerId.equals(centerId))
                .map(CompanyView::of);
    }

    /** Every company of the centre by name, for pickers on forms. */
    public List<CompanyView> allInCenter(UUID centerId) {
        return Company.<Company>find("centerId", Sort.by("name"), centerId).list().stream()
                .map(CompanyView::of)
                .toList();
    }

    public Optional<CompanyView> findByBusinessNumber(UUID centerId, String businessNumber) {
        String digits = BusinessNumber.digitsOf(businessNumber);
        if (digits == null) {
            return Optional.empty();
        }
        return Company.<Company>find("centerId = ?1 and businessNumber = ?2", centerId, digits)
                .firstResultOptional()
                .map(CompanyView::of);
    }

    @Transactional
    public CompanyView create(Caller caller, CompanyRequest request) {
        String digits = validate(request);
        ensureNumberFree(caller.centerId(), digits, null);
        Company company = new Company();
        company.centerId = caller.centerId();
        apply(company, request, digits);
        company.persist();
        return CompanyView.of(company);
    }

    @Transactional
    public CompanyView update(Caller caller, String id, CompanyRequest request) {
        Company company = visible(caller, id);
        String digits = validate(request);
        ensureNumberFree(caller.centerId(), digits, company.id);
        apply(company, request, digits);
        return CompanyView.of(company);
    }

    private Company visible(Caller caller, String id) {
        Company company =
                Ids.parse(id).map(uuid -> Company.<Company>findById(uuid)).orElse(null);
        if (company == null || !access.seesCompany(caller, company.centerId, company.id)) {
            throw ProblemException.notFound("company " + id);
        }
        return company;
    }

    private String validate(CompanyRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a company is required");
        }
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(FieldError.of(validator.validate(request)));
        String digits = BusinessNumber.digitsOf(request.businessNumber());
        if (request.businessNumber() != null
                && !request.businessNumber().isBlank()
                && !BusinessNumber.isValid(request.businessNumber())) {
            errors.add(FieldError.coded(
                    "businessNumber",
                    "invalid-business-number",
                    "not a valid business registration number (10 digits with a correct check digit)"));
        }
        if (request.region() != null
                && !request.region().isBlank()
                && regions.find(request.region()).isEmpty()) {
            errors.add(FieldError.coded(
                    "region",
                    "unknown-value",
                    "unknown region; one of "
                            + regions.all().stream().map(Region::code).toList()));
        }
        if (request.industrySection() != null
                && !request.industrySection().isBlank()
                && industries.find(request.industrySection()).isEmpty()) {
            errors.add(FieldError.coded(
                    "industrySection",
                    "unknown-value",
                    "unknown industry; one of "
                            + industries.all().stream().map(Industry::code).toList()));
        }
        if (request.agreementStartsOn() != null
                && request.agreementEndsOn() != null
                && request.agreementEndsOn().isBefore(request.agreementStartsOn())) {
            errors.add(FieldError.coded("agreementEndsOn", "date-order", "must not be before agreementStartsOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return digits;
    }

    private void ensureNumberFree(UUID centerId, String digits, UUID except) {
        Company other = Company.<Company>find("centerId = ?1 and businessNumber = ?2", centerId, digits)
                .firstResult();
        if (other != null && !other.id.equals(except)) {
            throw ProblemException.conflict(
                    "duplicate-business-number",
                    "a company with business number " + BusinessNumber.format(digits) + " is already registered",
                    "businessNumber");
        }
    }

    private void apply(Company company, CompanyRequest request, String digits) {
        company.name = request.name().trim();
        company.businessNumber = digits;
        company.sizeClass = request.sizeClass();
        company.industry =
                request.industry() == null ? null : request.industry().trim();
        company.industrySection =
                request.industrySection() == null || request.industrySection().isBlank()
                        ? industries.classify(company.industry)
                        : request.industrySection();
        company.region = request.region();
        company.agreementStartsOn = request.agreementStartsOn();
        company.agreementEndsOn = request.agreementEndsOn();
    }
}
