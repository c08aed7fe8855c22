package kr.axcampus.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.catalog.dto.CourseRef;
import kr.axcampus.cohort.CohortClosing;
import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Spreadsheets;
import kr.axcampus.delivery.dto.Roster;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.RegionCatalog;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.progress.ProgressService;
import kr.axcampus.progress.ReasonText;
import kr.axcampus.progress.dto.Progress;
import kr.axcampus.web.Languages;
import kr.axcampus.web.Msg;
import kr.axcampus.web.ProofMsg;

/**
 * The training roster a funder asks for, for the cohort's team: the frozen results of a closed
 * cohort, or the progress room's live numbers while it is open (marked so), with each learner's
 * company particulars — from one path, as JSON, CSV or XLSX.
 */
@ApplicationScoped
public class RosterReport {
    private final CohortService cohorts;
    private final CohortClosing closing;
    private final ProgressService progress;
    private final CatalogService catalog;
    private final CompanyService companies;
    private final RegionCatalog regions;
    private final UserService users;
    private final Access access;
    private final PersonalDataReads reads;

    public RosterReport(
            CohortService cohorts,
            CohortClosing closing,
            ProgressService progress,
            CatalogService catalog,
            CompanyService companies,
            RegionCatalog regions,
            UserService users,
            Access access,
            PersonalDataReads reads) {
        this.cohorts = cohorts;
        this.closing = closing;
        this.progress = progress;
        this.catalog = catalog;
        this.companies = companies;
        this.regions = regions;
        this.users = users;
        this.access = access;
        this.reads = reads;
    }

    public Roster roster(Caller caller, String cohortId) {
        CohortScope cohort = cohorts.scope(caller, cohortId);
        access.requireRunning(caller, cohort, "the training roster is for the cohort's instructors and operators");
        CourseRef course = catalog.findCourse(cohort.courseId()).orElseThrow();
        Map<String, CompanyView> byId = new HashMap<>();
        companies.allInCenter(cohort.centerId()).forEach(c -> byId.put(c.id(), c));
        boolean frozen = closing.isClosed(cohort.id());
        List<Roster.Row> rows = frozen ? frozenRows(cohort, byId) : liveRows(cohort, byId);
        reads.record(
                caller,
                ReadKind.PROGRESS,
                cohort.id(),
                rows.stream().map(Roster.Row::userId).toList());
        return new Roster(
                cohort.id().toString(),
                cohort.code(),
                course.code(),
                course.track().name(),
                frozen,
                rows);
    }

    /** The roster as a sheet in the reader's language: codes become words, reasons sentences. */
    public Spreadsheets.Table sheet(Roster roster, Locale locale) {
        Msg msg = Languages.msg(locale);
        boolean english = Languages.english(locale);
        ProofMsg words = MessageBundles.get(ProofMsg.class, Localized.Literal.of(english ? "en" : "ko"));
        List<String> header = List.of(
                words.roster_name(),
                words.roster_company(),
                words.roster_business_number(),
                words.roster_region(),
                words.roster_size(),
                words.roster_track(),
                words.roster_scheduled(),
                words.roster_credited(),
                words.roster_practicum(),
                words.col_rate(),
                words.col_result(),
                words.roster_reasons(),
                words.roster_basis());
        List<List<Object>> rows = new ArrayList<>();
        for (Roster.Row r : roster.rows()) {
            rows.add(List.of(
                    text(r.name()),
                    text(r.company()),
                    text(r.businessNumber()),
                    r.region() == null
                            ? ""
                            : regions.find(r.region())
                                    .map(g -> english ? g.nameEn() : g.nameKo())
                                    .orElse(r.region()),
                    r.sizeClass() == null ? "" : msg.size(r.sizeClass()),
                    msg.track(roster.track()),
                    r.scheduledMinutes(),
                    r.creditedMinutes(),
                    r.practicumMinutes(),
                    r.attendanceRate(),
                    msg.completion(r.result()),
                    String.join(
                            "; ",
                            r.reasons().stream()
                                    .map(reason -> ReasonText.of(reason, locale))
                                    .toList()),
                    roster.frozen() ? words.roster_frozen() : words.roster_live()));
        }
        return new Spreadsheets.Table(words.roster_title() + " " + roster.cohortCode(), header, rows);
    }

    private List<Roster.Row> frozenRows(CohortScope cohort, Map<String, CompanyView> companiesById) {
        List<EnrollmentResult> found =
                EnrollmentResult.list("cohortId = ?1 and supersededAt is null", Sort.by("userId"), cohort.id());
        Map<UUID, UserView> people = users.findAllInCenter(
                cohort.centerId(), found.stream().map(r -> r.userId).toList());
        return found.stream()
                .map(r -> row(
                        r.userId.toString(),
                        people.containsKey(r.userId) ? people.get(r.userId).name() : null,
                        r.companyId == null ? null : companiesById.get(r.companyId.toString()),
                        r.scheduledMinutes,
                        r.creditedMinutes,
                        r.practicumMinutes,
                        r.attendanceRate,
                        r.result.name(),
                        r.reasons))
                .toList();
    }

    private List<Roster.Row> liveRows(CohortScope cohort, Map<String, CompanyView> companiesById) {
        return progress.ofCohort(cohort).stream()
                .map(p -> row(
                        p.userId(),
                        p.name(),
                        p.companyId() == null ? null : companiesById.get(p.companyId()),
                        p.scheduledMinutes(),
                        p.creditedMinutes(),
                        p.practicumMinutes(),
                        BigDecimal.valueOf(p.attendanceRate()).setScale(4, RoundingMode.HALF_UP),
                        p.completion().status().name(),
                        p.completion().reasons()))
                .toList();
    }

    private static Roster.Row row(
            String userId,
            String name,
            CompanyView company,
            int scheduled,
            int credited,
            int practicum,
            BigDecimal rate,
            String result,
            List<Progress.Reason> reasons) {
        return new Roster.Row(
                userId,
                name,
                company == null ? null : company.id(),
                company == null ? null : company.name(),
                company == null ? null : company.businessNumber(),
                company == null ? null : company.region(),
                company == null || company.sizeClass() == null
                        ? null
                        : company.sizeClass().name(),
                scheduled,
                credited,
                practicum,
                rate,
                result,
                List.copyOf(reasons));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
