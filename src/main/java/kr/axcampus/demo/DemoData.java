package kr.axcampus.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

import kr.axcampus.catalog.CatalogService;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.DeliveryMode;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.Role;
import kr.axcampus.delivery.ResultService;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserRequest;
import kr.axcampus.organization.CenterService;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.SizeClass;
import kr.axcampus.organization.dto.CompanyRequest;
import kr.axcampus.organization.dto.CompanyView;

/**
 * The demo centre, partner companies and accounts of the embedded default, so a
 * newcomer can sign in at once. Loaded only when {@code axcampus.demo.enabled}
 * (set by the embedded launcher, never in production); loading twice changes nothing.
 */
@ApplicationScoped
class DemoData {
    static final String PASSWORD = "demo1234!";

    private final boolean enabled;
    private final int port;
    private final CenterService centers;
    private final CompanyService companies;
    private final UserService users;
    private final CatalogService catalog;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final CentreTime time;
    private final DemoAttendance attendance;
    private final DemoMaterials materials;
    private final DemoDiagnoses diagnoses;
    private final DemoCoaching coaching;
    private final DemoCases cases;
    private final DemoEvents sharingEvents;
    private final DemoPresentations presentations;
    private final ResultService results;

    DemoData(
            @ConfigProperty(name = "axcampus.demo.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            CenterService centers,
            CompanyService companies,
            UserService users,
            CatalogService catalog,
            CohortService cohorts,
            EnrollmentService enrollments,
            CentreTime time,
            DemoAttendance attendance,
            DemoMaterials materials,
            DemoDiagnoses diagnoses,
            DemoCoaching coaching,
            DemoCases cases,
            DemoEvents sharingEvents,
            DemoPresentations presentations,
            ResultService results) {
        this.cases = cases;
        this.sharingEvents = sharingEvents;
        this.presentations = presentations;
        this.materials = materials;
        this.diagnoses = diagnoses;
        this.coaching = coaching;
        this.results = results;
        this.enabled = enabled;
        this.port = port;
        this.centers = centers;
        this.companies = companies;
        this.users = users;
        this.catalog = catalog;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.time = time;
        this.attendance = attendance;
    }

    void onStart(@Observes @Priority(CenterService.STARTUP_PRIORITY + 20) StartupEvent event) {
        if (!enabled) {
            return;
        }
        UUID centerId = centers.defaultCenterId();
        Caller operator = new Caller(null, centerId, null, Set.of(Role.ADMIN));
        UUID precision = company(operator, "대한정밀 주식회사", "1248100998", SizeClass.SMALL, "금속 가공 · 제조", "GYEONGIN");
        UUID logistics = company(operator, "새솔물류 주식회사", "2208162517", SizeClass.MEDIUM, "물류 · 창고", "DONGNAM");

        account(centerId, "admin@demo.axcampus.kr", "김운영", List.of(Role.ADMIN), null, "센터 운영팀", "운영 매니저");
        account(centerId, "instructor1@demo.axcampus.kr", "이강사", List.of(Role.INSTRUCTOR), null, "AX 교육팀", "책임강사");
        account(centerId, "instructor2@demo.axcampus.kr", "박코치", List.of(Role.INSTRUCTOR), null, "AX 교육팀", "현장 코치");
        account(
                centerId,
                "ceo@daehan.demo.axcampus.kr",
                "정대표",
                List.of(Role.CEO, Role.LEARNER),
                precision,
                "경영진",
                "대표이사");
        account(centerId, "ceo@saesol.demo.axcampus.kr", "최대표", List.of(Role.CEO), logistics, "경영진", "대표이사");
        account(centerId, "learner1@daehan.demo.axcampus.kr", "한지민", List.of(Role.LEARNER), precision, "생산관리팀", "대리");
        account(centerId, "learner2@daehan.demo.axcampus.kr", "오세훈", List.of(Role.LEARNER), precision, "품질보증팀", "과장");
        account(centerId, "learner3@saesol.demo.axcampus.kr", "윤서연", List.of(Role.LEARNER), logistics, "물류기획팀", "주임");
        account(centerId, "learner4@saesol.demo.axcampus.kr", "장민호", List.of(Role.LEARNER), logistics, "고객지원팀", "사원");
        cohorts(operator);
        diagnoses.load(operator, precision, logistics, time.today());
        coaching.load(operator, time.zone());
        cases.load(operator, precision, logistics);
        sharingEvents.load(centerId, time.today(), time.zone());
        presentations.load(centerId);
        printSignIns(port);
    }

    /** One running cohort per demo course, with the demo learners enrolled, so lessons open at once. */
    private void cohorts(Caller operator) {
        LocalDate today = time.today();
        List<String> instructors = List.of(id("instructor1@demo.axcampus.kr"), id("instructor2@demo.axcampus.kr"));
        cohort(
                operator,
                "GX-AX-LEADERSHIP",
                "GX-LEAD-DEMO-1",
                today.minusDays(3),
                today.plusDays(11),
                instructors,
                "ceo@daehan.demo.axcampus.kr",
                "ceo@saesol.demo.axcampus.kr");
        boolean runningIsNew =
                cohorts.findByCode(operator.centerId(), "PX-OFFICE-DEMO-1").isEmpty();
        cohort(
                operator,
                "PX-OFFICE-GENAI",
                "PX-OFFICE-DEMO-1",
                today.minusDays(7),
                today.plusDays(35),
                instructors,
                "learner1@daehan.demo.axcampus.kr",
                "learner2@daehan.demo.axcampus.kr",
                "learner4@saesol.demo.axcampus.kr");
        cohort(
                operator,
                "PX-MFG-QUALITY-DEMAND",
                "PX-MFG-DEMO-1",
                today.plusDays(14),
                today.plusDays(60),
                instructors.subList(0, 1),
                "learner2@daehan.demo.axcampus.kr",
                "learner3@saesol.demo.axcampus.kr");
        boolean finishedIsNew =
                cohorts.findByCode(operator.centerId(), "PX-DATA-DEMO-0").isEmpty();
        cohort(
                operator,
                "PX-DATA-REPORTING",
                "PX-DATA-DEMO-0",
                today.minusDays(40),
                today.minusDays(20),
                instructors.subList(0, 1),
                "learner3@saesol.demo.axcampus.kr",
                "learner4@saesol.demo.axcampus.kr");
        cohorts.findByCode(operator.centerId(), "PX-OFFICE-DEMO-1")
                .ifPresent(running -> attendance.running(
                        operator,
                        running.id(),
                        id("learner1@daehan.demo.axcampus.kr"),
                        id("learner2@daehan.demo.axcampus.kr")));
        if (runningIsNew) {
            cohorts.findByCode(operator.centerId(), "PX-OFFICE-DEMO-1")
                    .ifPresent(running ->
                            materials.running(operator.centerId(), running.id(), "instructor1@demo.axcampus.kr"));
        }
        if (finishedIsNew) {
            cohorts.findByCode(operator.centerId(), "PX-DATA-DEMO-0").ifPresent(finished -> {
                attendance.finished(
                        operator,
                        finished.id(),
                        id("learner3@saesol.demo.axcampus.kr"),
                        id("learner4@saesol.demo.axcampus.kr"));
                materials.finished(
                        operator.centerId(),
                        finished.id(),
                        "instructor1@demo.axcampus.kr",
                        "learner3@saesol.demo.axcampus.kr",
                        "learner4@saesol.demo.axcampus.kr");
            });
        }
        // The finished cohort is closed by its instructor: learner3's certificate can be shown and verified.
        cohorts.findByCode(operator.centerId(), "PX-DATA-DEMO-0")
                .filter(finished -> !finished.closed())
                .ifPresent(finished -> results.close(
                        new Caller(
                                UUID.fromString(id("instructor1@demo.axcampus.kr")),
                                operator.centerId(),
                                null,
                                Set.of(Role.INSTRUCTOR)),
                        finished.id()));
    }

    private void cohort(
            Caller operator,
            String courseCode,
            String code,
            LocalDate start,
            LocalDate end,
            List<String> instructorIds,
            String... learnerEmails) {
        String cohortId = cohorts.findByCode(operator.centerId(), code)
                .map(CohortView::id)
                .orElse(null);
        if (cohortId == null) {
            if (catalog.findCourse(courseCode).filter(c -> !c.archived()).isEmpty()) {
                return;
            }
            cohortId = cohorts.create(
                            operator,
                            new CohortRequest(courseCode, code, start, end, 25, DeliveryMode.BLENDED, instructorIds))
                    .id();
        }
        for (String email : learnerEmails) {
            enrollments.enroll(operator, cohortId, new EnrollmentRequest(id(email)));
        }
    }

    private String id(String email) {
        return users.findByEmail(email).orElseThrow().id();
    }

    private UUID company(Caller operator, String name, String number, SizeClass size, String industry, String region) {
        CompanyView company = companies
                .findByBusinessNumber(operator.centerId(), number)
                .orElseGet(() -> companies.create(
                        operator,
                        new CompanyRequest(
                                name,
                                number,
                                size,
                                industry,
                                region,
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2027, 2, 28))));
        return UUID.fromString(company.id());
    }

    private void account(
            UUID centerId,
            String email,
            String name,
            List<Role> roles,
            UUID companyId,
            String department,
            String jobTitle) {
        users.createIfAbsent(
                centerId,
                new UserRequest(
                        email,
                        name,
                        roles.stream().map(Role::name).toList(),
                        companyId == null ? null : companyId.toString(),
                        department,
                        jobTitle,
                        PASSWORD));
    }

    private static void printSignIns(int port) {
        System.out.println("""

                ================================================================
                 AX Campus demo — sign in at http://localhost:%d/login
                 password for every demo account: %s
                   operator (운영자)     admin@demo.axcampus.kr
                   instructors (강사)    instructor1@demo.axcampus.kr, instructor2@demo.axcampus.kr
                   CEOs (대표이사)       ceo@daehan.demo.axcampus.kr, ceo@saesol.demo.axcampus.kr
                   learners (훈련생)     learner1@daehan.demo.axcampus.kr … learner4@saesol.demo.axcampus.kr
                 PX-OFFICE-DEMO-1 has a session open now: instructor1 shows the live code
                 (홈 › 내 기수 › 실시간 입실 화면), learner1 checks in at /check-in/…;
                 learner2 is at risk there; learner3 completed PX-DATA-DEMO-0 (closed: learner3
                 downloads the certificate from 내 기수 and its QR opens /verify/…), learner4 did not;
                 대한정밀's diagnosis and roadmap are signed off (ceo@daehan › 진단),
                 새솔물류's is being filled in by instructor2
                ================================================================
                """.formatted(port, PASSWORD));
    }
}
