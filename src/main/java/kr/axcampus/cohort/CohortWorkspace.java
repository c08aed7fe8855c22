package kr.axcampus.cohort;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseSummary;
import kr.axcampus.cohort.dto.CohortForm;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.EnrollmentView;
import kr.axcampus.cohort.dto.GenerateForm;
import kr.axcampus.cohort.dto.SessionForm;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/**
 * The operator's page of one cohort — schedule, enrolments, details — assembled once for every
 * action that lands on it, so a rejected form comes back in place with its answer beside it.
 */
@RequestScoped
public class CohortWorkspace {
    static final List<Integer> WEEKDAYS = List.of(1, 2, 3, 4, 5, 6, 7);

    private final CohortService cohorts;
    private final SessionService sessions;
    private final EnrollmentService enrollments;
    private final CatalogService catalog;
    private final UserService users;
    private final CompanyService companies;
    private final CurrentCaller caller;
    private final CentreTime time;
    private final PageSupport page;

    public CohortWorkspace(
            CohortService cohorts,
            SessionService sessions,
            EnrollmentService enrollments,
            CatalogService catalog,
            UserService users,
            CompanyService companies,
            CurrentCaller caller,
            CentreTime time,
            PageSupport page) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.catalog = catalog;
        this.users = users;
        this.companies = companies;
        this.caller = caller;
        this.time = time;
        this.page = page;
    }

    @CheckedTemplate(basePath = "CohortPages")
    static class Templates {
        static native TemplateInstance cohort(
                PageContext ctx,
                CohortView cohort,
                CohortForm form,
                List<SessionView> sessions,
                SessionForm session,
                GenerateForm generate,
                List<Integer> weekdays,
                List<EnrollmentView> enrollments,
                Map<String, String> companyNames,
                List<CompanyView> companies,
                String pickCompany,
                List<UserView> candidates,
                Feedback feedback,
                List<CourseSummary> courses,
                List<UserView> instructors,
                DeliveryMode[] modes,
                SessionKind[] kinds);
    }

    /** The forms as typed when one was rejected; blanks (the cohort's own values) otherwise. */
    public record Typed(CohortForm details, SessionForm session, GenerateForm generate) {
        static final Typed NONE = new Typed(null, null, null);
    }

    public Response render(String cohortId, String pickCompany, Feedback feedback, Typed typed, int status) {
        CohortView cohort = cohorts.get(caller.get(), cohortId);
        UUID center = caller.get().centerId();
        List<EnrollmentView> enrolled = enrollments.enrollments(caller.get(), cohort.id());
        List<CompanyView> partners = companies.allInCenter(center);
        String picked = Ids.parse(pickCompany)
                .filter(id -> partners.stream().anyMatch(c -> c.id().equals(id.toString())))
                .map(UUID::toString)
                .orElse(null);
        Set<String> already = enrolled.stream().map(EnrollmentView::userId).collect(Collectors.toSet());
        List<UserView> candidates = picked == null
                ? List.of()
                : users.employees(center, UUID.fromString(picked), null).stream()
                        .filter(u -> u.active() && !already.contains(u.id()))
                        .toList();
        SessionForm sessionForm = typed.session() == null ? blankSession(cohort) : typed.session();
        return page.render(
                Templates.cohort(
                        page.context(),
                        cohort,
                        typed.details() == null ? CohortForm.of(cohort) : typed.details(),
                        sessions.list(caller.get(), cohort.id()),
                        sessionForm,
                        typed.generate() == null ? new GenerateForm() : typed.generate(),
                        WEEKDAYS,
                        enrolled,
                        partners.stream().collect(Collectors.toMap(CompanyView::id, CompanyView::name)),
                        partners,
                        picked,
                        candidates,
                        feedback,
                        courses(),
                        instructors(),
                        DeliveryMode.values(),
                        SessionKind.values()),
                status);
    }

    private static SessionForm blankSession(CohortView cohort) {
        SessionForm form = new SessionForm();
        form.day = cohort.startDate().toString();
        form.startsAt = "09:00";
        form.endsAt = "12:00";
        form.kind = SessionKind.LECTURE.name();
        return form;
    }

    /** The active courses a cohort can run, by title. */
    List<CourseSummary> courses() {
        return catalog.list(null, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(c -> !c.archived())
                .toList();
    }

    List<UserView> instructors() {
        return users.withRole(caller.get().centerId(), Role.INSTRUCTOR);
    }

    CentreTime time() {
        return time;
    }
}
