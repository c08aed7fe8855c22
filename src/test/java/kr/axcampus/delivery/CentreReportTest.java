package kr.axcampus.delivery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The centre's figures: each panel sums to the totals, and closing a cohort moves them by its roster's numbers. */
@QuarkusTest
class CentreReportTest {
    @Inject
    TestData data;

    @Inject
    FinishedCohorts cohorts;

    private JsonPath report(String admin) {
        return given().auth()
                .oauth2(admin)
                .queryParam("from", LocalDate.now().minusDays(1).toString())
                .queryParam("to", LocalDate.now().plusDays(1).toString())
                .get("/api/reports/centre")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void thePanelsAddUpAndAClosedCohortMovesTheFiguresByItsRoster() {
        String admin = data.tokenFor(Role.ADMIN, null);
        JsonPath before = report(admin);
        FinishedCohorts.Cohort c = cohorts.finished();
        given().auth()
                .oauth2(data.token(c.instructor()))
                .contentType(ContentType.JSON)
                .post("/api/cohorts/" + c.cohort().id() + "/close")
                .then()
                .statusCode(200);
        JsonPath roster = given().auth()
                .oauth2(admin)
                .get("/api/reports/cohorts/" + c.cohort().id() + "/roster")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath after = report(admin);

        assertEquals(before.getLong("totals.learnersCompleted") + 1, after.getLong("totals.learnersCompleted"));
        assertEquals(before.getLong("totals.resultsDecided") + 2, after.getLong("totals.resultsDecided"));
        int credited = roster.getList("rows.creditedMinutes", Integer.class).stream()
                .mapToInt(Integer::intValue)
                .sum();
        same(
                hours(before, "totals.hoursDelivered").add(minutesAsHours(credited)),
                hours(after, "totals.hoursDelivered"));
        String cohortHours = "cohorts.find { it.code == '" + c.cohort().code() + "' }.";
        same(minutesAsHours(credited), hours(after, cohortHours + "hours"));

        for (String panel : List.of("byRegion", "byIndustry", "bySizeClass")) {
            for (String figure : List.of(
                    "partnerCompanies",
                    "learnersCompleted",
                    "resultsDecided",
                    "companiesDiagnosed",
                    "coachingResolved")) {
                assertEquals(after.getLong("totals." + figure), sum(after, panel, figure), panel + " " + figure);
            }
            same(hours(after, "totals.hoursDelivered"), sumHours(after, panel));
        }
        same(hours(after, "totals.hoursDelivered"), sumHours(after, "byTrack"));
        BigDecimal allHours =
                after.getList("cohorts.hours", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, hours(after, "subsidyEstimate.hours").compareTo(allHours));
        assertEquals(
                0,
                hours(after, "subsidyEstimate.hours")
                        .multiply(new BigDecimal("10000"))
                        .multiply(new BigDecimal("3.0"))
                        .setScale(0, RoundingMode.HALF_UP)
                        .compareTo(hours(after, "subsidyEstimate.amount")));
    }

    @Test
    void aResolvedCoachingRequestCountsForItsCompanysRegion() {
        String admin = data.tokenFor(Role.ADMIN, null);
        CompanyView company = data.company("코칭 집계 회사");
        UserView learner = data.user("report-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        UserView coach = data.user("report-pass-1", null, Role.INSTRUCTOR);
        String region = "byRegion.find { it.key == '" + company.region() + "' }.coachingResolved";
        JsonPath before = report(admin);
        String id = given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "집계", "problem", "보고서 자동화", "urgency", "LOW"))
                .post("/api/coaching-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", coach.id()))
                .post("/api/coaching-requests/" + id + "/assign")
                .then()
                .statusCode(200);
        JsonPath assigned = report(admin);
        assertEquals(before.getLong("totals.coachingResolved"), assigned.getLong("totals.coachingResolved"));
        given().auth()
                .oauth2(data.token(coach))
                .contentType(ContentType.JSON)
                .body(Map.of("summary", "해결"))
                .post("/api/coaching-requests/" + id + "/resolve")
                .then()
                .statusCode(200);
        JsonPath after = report(admin);
        assertEquals(before.getLong("totals.coachingResolved") + 1, after.getLong("totals.coachingResolved"));
        assertEquals((before.get(region) == null ? 0 : before.getLong(region)) + 1, after.getLong(region));
        assertEquals(after.getLong("totals.coachingResolved"), sum(after, "bySizeClass", "coachingResolved"));
    }

    @Test
    void aPublishedCaseAddsItsHoursSavedAndASharingEventItsAttendees() {
        String admin = data.tokenFor(Role.ADMIN, null);
        CompanyView company = data.company("우수사례 집계 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView learner = data.user("report-pass-1", companyId, Role.LEARNER);
        UserView ceo = data.user("report-pass-1", companyId, Role.CEO);
        String region = "byRegion.find { it.key == '" + company.region() + "' }.hoursSavedPerMonth";
        JsonPath before = report(admin);
        String practice = post(
                        data.token(learner),
                        "/api/best-practices",
                        Map.of(
                                "companyId", company.id(),
                                "title", "출하 검사 보고서 자동화",
                                "problem", "보고서를 손으로 옮겨 적는다",
                                "approach", "검사 데이터를 AI로 요약한다",
                                "tools", "ChatGPT",
                                "tags", List.of("document-automation"),
                                "figures",
                                        List.of(
                                                Map.of(
                                                        "name",
                                                        "HOURS_PER_MONTH",
                                                        "unit",
                                                        "시간",
                                                        "before",
                                                        40,
                                                        "after",
                                                        12,
                                                        "period",
                                                        "P3M"),
                                                Map.of(
                                                        "name",
                                                        "ERROR_RATE",
                                                        "unit",
                                                        "%",
                                                        "before",
                                                        5,
                                                        "after",
                                                        1,
                                                        "period",
                                                        "P3M"))),
                        201)
                .getString("id");
        post(data.token(learner), "/api/best-practices/" + practice + "/submit", Map.of(), 200);
        post(data.token(ceo), "/api/best-practices/" + practice + "/consent", Map.of(), 200);
        JsonPath unpublished = report(admin);
        assertEquals(
                0,
                decimal(before, "totals.hoursSavedPerMonth")
                        .compareTo(decimal(unpublished, "totals.hoursSavedPerMonth")));
        post(admin, "/api/best-practices/" + practice + "/publish", Map.of(), 200);

        String event = post(
                        admin,
                        "/api/events",
                        Map.of(
                                "title",
                                "집계 공유회",
                                "startsAt",
                                java.time.Instant.now().minusSeconds(600).toString(),
                                "endsAt",
                                java.time.Instant.now().plusSeconds(3600).toString(),
                                "location",
                                "강당",
                                "capacity",
                                10),
                        201)
                .getString("id");
        post(data.token(learner), "/api/events/" + event + "/registrations", Map.of(), 201);
        post(data.token(ceo), "/api/events/" + event + "/registrations", Map.of(), 201);
        String code = given().auth()
                .oauth2(admin)
                .get("/api/events/" + event + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        post(data.token(learner), "/api/events/" + event + "/check-in", Map.of("code", code), 200);

        JsonPath after = report(admin);
        assertEquals(
                0,
                decimal(before, "totals.hoursSavedPerMonth")
                        .add(new BigDecimal("28"))
                        .compareTo(decimal(after, "totals.hoursSavedPerMonth")));
        assertEquals(
                0,
                new BigDecimal("28")
                        .compareTo(decimal(after, region)
                                .subtract(before.get(region) == null ? BigDecimal.ZERO : decimal(before, region))));
        assertEquals(before.getLong("sharingEvents.held") + 1, after.getLong("sharingEvents.held"));
        assertEquals(before.getLong("sharingEvents.registered") + 2, after.getLong("sharingEvents.registered"));
        assertEquals(before.getLong("sharingEvents.attended") + 1, after.getLong("sharingEvents.attended"));
        // an event's attendance is never a cohort's: no cohort gained hours
        assertEquals(0, hours(before, "totals.hoursDelivered").compareTo(hours(after, "totals.hoursDelivered")));

        // the CEO withdraws consent: the case leaves the showcase and the figure with it
        post(data.token(ceo), "/api/best-practices/" + practice + "/withdraw-consent", Map.of(), 200);
        assertEquals(
                0,
                decimal(before, "totals.hoursSavedPerMonth")
                        .compareTo(decimal(report(admin), "totals.hoursSavedPerMonth")));
    }

    private static JsonPath post(String token, String path, Object body, int status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    @Test
    void aPeriodEndsAfterItStartsAndTheReportIsTheOperatorsOnly() {
        String admin = data.tokenFor(Role.ADMIN, null);
        given().auth()
                .oauth2(admin)
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-11-01")
                .get("/api/reports/centre")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"));
        given().auth()
                .oauth2(admin)
                .queryParam("from", "yesterday")
                .get("/api/reports/centre")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"));
        given().auth()
                .oauth2(data.tokenFor(Role.INSTRUCTOR, null))
                .get("/api/reports/centre")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.tokenFor(Role.CEO, null))
                .get("/api/reports/centre")
                .then()
                .statusCode(403);
    }

    /** The same amount, whatever its scale (JSON writes 8.00 as 8.0). */
    private static void same(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), expected + " ≠ " + actual);
    }

    private static BigDecimal hours(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    private static BigDecimal minutesAsHours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    private static long sum(JsonPath json, String panel, String figure) {
        return json.getList(panel + "." + figure, Long.class).stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    private static BigDecimal sumHours(JsonPath json, String panel) {
        return json.getList(panel + ".hoursDelivered", String.class).stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
