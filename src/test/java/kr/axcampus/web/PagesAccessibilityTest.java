package kr.axcampus.web;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.delivery.FinishedCohorts;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core on every page route, as each role sees it, in Korean and English, on a desktop and at
 * 360 px: no serious or critical violation (issue 13, item 9).
 */
@QuarkusTest
class PagesAccessibilityTest {
    private static final String PASSWORD = "axe-pass-1";
    private static final String COURSE = "PX-MFG-QUALITY-DEMAND";

    /** An id is for machines: a page never shows one as text. */
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Inject
    FinishedCohorts finishedCohorts;

    @Test
    void everyPageOfEveryRoleHasNoSeriousViolationInBothLanguagesOnDesktopAndPhone() {
        UserView operator = data.user(PASSWORD, null, Role.ADMIN);
        UserView instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CompanyView company = data.company("접근성 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView learner = data.user(PASSWORD, companyId, Role.LEARNER);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        CohortView cohort = data.cohort(COURSE, 5, instructor);
        data.enroll(cohort, learner);
        SessionView session = data.session(cohort, Instant.now().minusSeconds(300), 120, SessionKind.PRACTICUM);
        SessionView earlier = data.session(cohort, Instant.now().minus(Duration.ofDays(2)), 240, SessionKind.LECTURE);
        String teacher = data.token(instructor);
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ABSENT"))
                .put("/api/sessions/" + earlier.id() + "/attendance/" + learner.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PRESENT", "reason", "출석부 확인"))
                .put("/api/sessions/" + earlier.id() + "/attendance/" + learner.id())
                .then()
                .statusCode(200);

        SessionView later = data.session(cohort, Instant.now().plus(Duration.ofDays(3)), 180, SessionKind.LECTURE);
        SessionView dropped = data.session(cohort, Instant.now().plus(Duration.ofDays(4)), 180, SessionKind.PRACTICUM);
        String admin = data.token(operator);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        later.startsAt().plus(Duration.ofHours(1)).toString(),
                        "endsAt",
                        later.endsAt().plus(Duration.ofHours(1)).toString(),
                        "kind",
                        "LECTURE",
                        "reason",
                        "강의실 변경"))
                .put("/api/sessions/" + later.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "강사 일정"))
                .post("/api/sessions/" + dropped.id() + "/cancel")
                .then()
                .statusCode(200);

        String diagnosis = diagnosed(teacher, data.token(ceo), company, instructor, learner, cohort);
        String event = sharingEvent(admin, data.token(learner));

        String[] coaching = coached(data.token(learner), admin, teacher, instructor);

        FinishedCohorts.Cohort closed = finishedCohorts.finished();
        String serial = given().auth()
                .oauth2(data.token(closed.instructor()))
                .contentType(ContentType.JSON)
                .post("/api/cohorts/" + closed.cohort().id() + "/close")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.userId == '" + closed.completer().id() + "' }.certificateSerial");

        String practice = bestPractice(data.token(learner), data.token(ceo), admin, company);

        Map<UserView, List<String>> pages = new LinkedHashMap<>();
        pages.put(closed.completer(), List.of("/cohorts/" + closed.cohort().id() + "/me", "/verify/" + serial));
        pages.put(closed.instructor(), List.of("/cohorts/" + closed.cohort().id()));
        Map<UserView, String> passwords =
                Map.of(closed.completer(), FinishedCohorts.PASSWORD, closed.instructor(), FinishedCohorts.PASSWORD);
        pages.put(
                learner,
                List.of(
                        "/",
                        "/me",
                        "/courses",
                        "/courses/" + COURSE,
                        "/courses/" + COURSE + "/lessons/01-defect-data-audit",
                        "/cohorts/" + cohort.id() + "/me",
                        "/cohorts/" + cohort.id() + "/submission",
                        "/check-in/" + session.id(),
                        "/coaching",
                        "/coaching/new",
                        "/coaching/" + coaching[0],
                        "/coaching/" + coaching[1],
                        "/notices",
                        "/notices?unread=1",
                        "/sessions/" + session.id() + "/correction",
                        "/events",
                        "/events/" + event,
                        "/best-practices",
                        "/best-practices/new",
                        "/best-practices/" + practice + "/edit",
                        "/showcase",
                        "/showcase/" + practice,
                        "/showcase/" + UUID.randomUUID(),
                        "/cohorts/" + UUID.randomUUID()));
        pages.put(
                instructor,
                List.of(
                        "/",
                        "/me",
                        "/cohorts/" + cohort.id(),
                        "/reviews",
                        "/sessions/" + session.id() + "/live",
                        "/sessions/" + later.id() + "/live",
                        "/sessions/" + session.id() + "/attendance/" + learner.id() + "/edit",
                        "/sessions/" + earlier.id() + "/attendance/" + learner.id() + "/edit",
                        "/diagnoses",
                        "/diagnoses/" + diagnosis,
                        "/diagnoses/" + diagnosis + "/form",
                        "/coaching",
                        "/coaching/" + coaching[0],
                        "/notices"));
        pages.put(
                ceo,
                List.of(
                        "/",
                        "/cohorts/company",
                        "/diagnoses",
                        "/diagnoses/" + diagnosis,
                        "/diagnoses/" + diagnosis + "/self",
                        "/coaching",
                        "/best-practices/" + practice + "/edit"));
        pages.put(
                operator,
                List.of(
                        "/",
                        "/admin/catalog",
                        "/admin/cohorts",
                        "/admin/cohorts/" + cohort.id() + "?company=" + company.id(),
                        "/admin/sessions/" + later.id(),
                        "/admin/sessions/" + dropped.id(),
                        "/admin/companies",
                        "/admin/companies/" + company.id(),
                        "/admin/users",
                        "/admin/users/" + learner.id(),
                        "/admin/personal-data",
                        "/admin/personal-data/" + learner.id() + "/erase",
                        "/admin/diagnoses",
                        "/admin/dashboard",
                        "/admin/notices",
                        "/admin/notices?state=SENT",
                        "/admin/events",
                        "/admin/events/" + event + "/live",
                        "/events/" + event,
                        "/admin/cohorts/" + closed.cohort().id(),
                        "/verify/AX26-NOTAREAL",
                        "/diagnoses/" + diagnosis,
                        "/admin/coaching",
                        "/coaching/" + coaching[0],
                        "/coaching/" + coaching[2],
                        "/best-practices",
                        "/best-practices/" + practice + "/edit"));

        List<String> problems = new ArrayList<>();
        for (String languages : List.of("ko-KR,ko", "en-US,en")) {
            for (int width : List.of(1280, 360)) {
                String where = languages.substring(0, 2) + " " + width + "px ";
                try (Browser browser = Browser.open(base.toString(), languages, width, 900)) {
                    browser.go("/login");
                    browser.accessibilityViolations().forEach(v -> problems.add(where + "/login " + v));
                }
                for (Map.Entry<UserView, List<String>> role : pages.entrySet()) {
                    try (Browser browser = Browser.open(base.toString(), languages, width, 900)) {
                        browser.signIn(role.getKey().email(), passwords.getOrDefault(role.getKey(), PASSWORD));
                        browser.waitForPath("/");
                        for (String path : role.getValue()) {
                            browser.go(path);
                            browser.accessibilityViolations()
                                    .forEach(v ->
                                            problems.add(where + role.getKey().roles() + " " + path + " " + v));
                            if (languages.startsWith("ko") && width == 1280) {
                                String text = browser.visibleText();
                                KoreanOnly.leaks(text)
                                        .forEach(l -> problems.add(
                                                where + role.getKey().roles() + " " + path + " English in Korean mode: "
                                                        + l));
                                // The suite's people have ids in their emails; an email is not a leak.
                                if (UUID_TEXT
                                        .matcher(text.replaceAll("\\S+@\\S+", ""))
                                        .find()) {
                                    problems.add(where + role.getKey().roles() + " " + path + " shows a raw id");
                                }
                            }
                        }
                    }
                }
            }
        }
        for (String sheet : List.of("csv", "xlsx")) {
            byte[] bytes = given().auth()
                    .oauth2(teacher)
                    .header("Accept-Language", "ko")
                    .get("/api/cohorts/" + cohort.id() + "/attendance-sheet." + sheet)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
            KoreanOnly.leaks(Sheets.text(sheet, bytes))
                    .forEach(l -> problems.add("ko attendance-sheet." + sheet + " English in Korean mode: " + l));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    /**
     * The learner's coaching requests: one in coaching (assigned to the instructor, a visit
     * recorded), one resolved (to rate) and one new (to assign): their ids in that order.
     */
    private String[] coached(String learner, String admin, String teacher, UserView instructor) {
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = given().auth()
                    .oauth2(learner)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "title", "견적서 자동화 " + (i + 1),
                            "problem", "양식이 ERP에 올라가지 않습니다",
                            "process", "견적",
                            "tool", "ChatGPT",
                            "urgency", "HIGH"))
                    .post("/api/coaching-requests")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(admin)
                    .contentType(ContentType.JSON)
                    .body(Map.of("coachId", instructor.id()))
                    .post("/api/coaching-requests/" + ids[i] + "/assign")
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(teacher)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "startsAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                            "minutes", 90,
                            "mode", "ON_SITE",
                            "participants", "생산팀장",
                            "notes", "ERP 가져오기 형식 맞춤",
                            "nextSteps", "견적 10건 시험"))
                    .post("/api/coaching-requests/" + ids[i] + "/visits")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "ERP 형식에 맞춰 해결"))
                .post("/api/coaching-requests/" + ids[1] + "/resolve")
                .then()
                .statusCode(200);
        return ids;
    }

    /** A sharing event under way (its check-in form shows) with the learner in a seat; its id. */
    private static String sharingEvent(String admin, String learner) {
        Instant start = Instant.now().minus(Duration.ofMinutes(20));
        String id = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "제조 AI 우수사례 공유회",
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "location",
                        "판교 AX 캠퍼스 강당",
                        "capacity",
                        40))
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        given().auth()
                .oauth2(learner)
                .post("/api/events/" + id + "/registrations")
                .then()
                .statusCode(201);
        return id;
    }

    /** A draft diagnosis of the company by the instructor with every part filled: answers, notes, own view, a bottleneck, a roadmap item. */
    private String diagnosed(
            String expert, String ceo, CompanyView company, UserView instructor, UserView learner, CohortView cohort) {
        String id = data.diagnosis(company, instructor);
        given().auth()
                .oauth2(expert)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "answers", Map.of("strategy-vision", 3, "data-quality", 2, "talent-training", 4),
                        "notes", Map.of("data", "생산 실적을 엑셀로 관리"),
                        "participants", "대표, 생산팀장"))
                .put("/api/diagnoses/" + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ceo)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("strategy-vision", 4, "data-quality", 3)))
                .put("/api/diagnoses/" + id + "/self-assessment")
                .then()
                .statusCode(200);
        String bottleneck = given().auth()
                .oauth2(expert)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "process", "수요 예측",
                        "pain", "담당자의 감으로 발주량을 정한다",
                        "hoursLostPerMonth", 20,
                        "peopleAffected", 3,
                        "opportunityTag", "demand-forecasting",
                        "impact", 5,
                        "feasibility", 3))
                .post("/api/diagnoses/" + id + "/bottlenecks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(expert)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "bottleneckId",
                        bottleneck,
                        "courseCode",
                        COURSE,
                        "userIds",
                        List.of(learner.id()),
                        "targetQuarter",
                        "2027-Q1",
                        "cohortId",
                        cohort.id()))
                .post("/api/diagnoses/" + id + "/roadmap-items")
                .then()
                .statusCode(201);
        return id;
    }

    /** A published best-practice case of the company, written by its learner, with a figure. */
    private static String bestPractice(String learner, String ceo, String admin, CompanyView company) {
        String id = given().auth()
                .oauth2(learner)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "companyId", company.id(),
                        "title", "불량 보고서 자동화",
                        "problem", "검사 결과를 손으로 옮겨 적어 보고서에 하루가 걸렸다",
                        "approach", "검사 데이터를 모아 보고서 초안을 자동으로 만든다",
                        "tools", "스프레드시트, 생성형 AI",
                        "tags", List.of("reporting-automation"),
                        "figures",
                                List.of(Map.of(
                                        "name",
                                        "HOURS_PER_MONTH",
                                        "unit",
                                        "시간",
                                        "before",
                                        30,
                                        "after",
                                        8,
                                        "period",
                                        "P3M"))))
                .post("/api/best-practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String[] step : List.of(
                new String[] {learner, "submit"}, new String[] {ceo, "consent"}, new String[] {admin, "publish"})) {
            given().auth()
                    .oauth2(step[0])
                    .contentType(ContentType.JSON)
                    .post("/api/best-practices/" + id + "/" + step[1])
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
