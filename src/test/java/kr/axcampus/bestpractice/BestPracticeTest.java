package kr.axcampus.bestpractice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.SizeClass;
import kr.axcampus.organization.dto.CompanyRequest;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestFiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Best-practice cases through the API: from draft to the public showcase and off it again, and its rules. */
@QuarkusTest
class BestPracticeTest {
    static final String PASSWORD = "case-pass-1";
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    static final Pattern PHONE = Pattern.compile("0\\d{1,2}[- .]?\\d{3,4}[- .]?\\d{4}");
    /** Case ids in links and JSON: random hex that can look like a phone number, so they are not scanned. */
    static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    TestData data;

    @Inject
    CompanyService companies;

    /** A company of Jeju in wholesale and retail (G), its learner, CEO, and the centre's operator. */
    record Company(CompanyView company, String learner, String ceo, UserView learnerUser) {}

    Company company() {
        CompanyView company = companies.create(
                data.operator(),
                new CompanyRequest(
                        "사례기업 " + TestData.unique(),
                        TestData.validBusinessNumber(),
                        SizeClass.SMALL,
                        "도소매",
                        "JEJU",
                        null,
                        null,
                        "G"));
        UUID id = UUID.fromString(company.id());
        UserView learner = data.named("김사례", PASSWORD, id, Role.LEARNER);
        return new Company(company, data.token(learner), data.token(data.user(PASSWORD, id, Role.CEO)), learner);
    }

    String operator() {
        return data.token(data.user(PASSWORD, null, Role.ADMIN));
    }

    static Map<String, Object> body(String companyId, String title, String tag, Map<String, Object>... figures) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyId", companyId);
        body.put("title", title);
        body.put("problem", "견적서를 손으로 작성해 월 40시간이 들었다");
        body.put("approach", "생성형 AI로 견적 초안을 만들고 담당자가 검토");
        body.put("tools", "ChatGPT, 사내 단가표");
        body.put("tags", List.of(tag));
        body.put("figures", List.of(figures));
        return body;
    }

    static Map<String, Object> figure(String name, String unit, double before, double after) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("name", name);
        figure.put("unit", unit);
        figure.put("before", before);
        figure.put("after", after);
        figure.put("period", "P3M");
        return figure;
    }

    static ValidatableResponse post(String token, String path, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.post(path).then();
    }

    static String create(String token, Map<String, Object> body) {
        return post(token, "/api/best-practices", body)
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract()
                .path("id");
    }

    /** A case of the company written by its learner, sent for review, consented to by the CEO and published. */
    String published(Company c, String tag, boolean showNames, Map<String, Object>... figures) {
        String id = create(c.learner(), body(c.company().id(), "견적 자동화 " + TestData.unique(), tag, figures));
        post(c.learner(), "/api/best-practices/" + id + "/submit", null).statusCode(200);
        post(c.ceo(), "/api/best-practices/" + id + "/consent", Map.of("showNames", showNames))
                .statusCode(200);
        post(operator(), "/api/best-practices/" + id + "/publish", null)
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    static JsonPath showcase(Map<String, ?> query) {
        return given().queryParams(new HashMap<>(query))
                .queryParam("size", 200)
                .get("/api/public/best-practices")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aCaseReachesTheShowcaseWithConsentAndLeavesItTheMomentConsentIsWithdrawn() {
        Company c = company();
        String id = create(
                c.learner(),
                body(c.company().id(), "견적 자동화", "document-automation", figure("HOURS_PER_MONTH", "시간", 40, 12)));
        post(c.learner(), "/api/best-practices/" + id + "/submit", null)
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        post(c.ceo(), "/api/best-practices/" + id + "/consent", Map.of())
                .statusCode(200)
                .body("consent.given", equalTo(true))
                .body("consent.showNames", equalTo(false))
                .body("consent.at", notNullValue());
        post(operator(), "/api/best-practices/" + id + "/publish", null).statusCode(200);

        Map<String, String> filters = Map.of("industry", "G", "region", "JEJU", "tag", "document-automation");
        assertTrue(showcase(filters).getList("items.id").contains(id));
        assertFalse(showcase(Map.of("industry", "G", "region", "JEJU", "tag", "vision-inspection"))
                .getList("items.id")
                .contains(id));
        assertFalse(showcase(Map.of("region", "SEOUL")).getList("items.id").contains(id));
        assertFalse(showcase(Map.of("industry", "C")).getList("items.id").contains(id));
        given().get("/api/public/best-practices/" + id)
                .then()
                .statusCode(200)
                .body("company", equalTo(c.company().name()))
                .body("region", equalTo("JEJU"))
                .body("industry", equalTo("G"))
                .body("figures[0].name", equalTo("HOURS_PER_MONTH"))
                .body("authorName", nullValue());

        post(c.ceo(), "/api/best-practices/" + id + "/withdraw-consent", null)
                .statusCode(200)
                .body("consent.given", equalTo(false))
                .body("status", equalTo("IN_REVIEW"));
        assertFalse(showcase(filters).getList("items.id").contains(id));
        given().get("/api/public/best-practices/" + id).then().statusCode(404);
        given().auth()
                .oauth2(c.ceo())
                .get("/api/best-practices/" + id)
                .then()
                .statusCode(200)
                .body("history.action", contains("CREATED", "SUBMITTED", "CONSENTED", "PUBLISHED", "CONSENT_WITHDRAWN"))
                .body("history.actorId", not(hasItem(nullValue())))
                .body("history.at", not(hasItem(nullValue())));
    }

    @Test
    void publishingWithoutConsentIsRefusedByNameAndIllegalStepsSayWhatIsAllowed() {
        Company c = company();
        String id = create(c.learner(), body(c.company().id(), "검사 자동화", "vision-inspection"));
        post(operator(), "/api/best-practices/" + id + "/publish", null)
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", contains("IN_REVIEW"));
        post(c.learner(), "/api/best-practices/" + id + "/submit", null).statusCode(200);
        post(c.learner(), "/api/best-practices/" + id + "/submit", null)
                .statusCode(409)
                .body("allowed", contains("PUBLISHED"));
        post(operator(), "/api/best-practices/" + id + "/unpublish", null)
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        post(operator(), "/api/best-practices/" + id + "/publish", null)
                .statusCode(409)
                .body("type", equalTo("/problems/consent-required"))
                .body("detail", containsString("consent"));
        post(c.ceo(), "/api/best-practices/" + id + "/consent", Map.of("showNames", true))
                .statusCode(200);
        post(operator(), "/api/best-practices/" + id + "/publish", null).statusCode(200);
        given().auth()
                .oauth2(c.learner())
                .contentType(ContentType.JSON)
                .body(body(c.company().id(), "고친 제목", "vision-inspection"))
                .put("/api/best-practices/" + id)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/case-published"));
        post(operator(), "/api/best-practices/" + id + "/unpublish", null)
                .statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        given().get("/api/public/best-practices/" + id).then().statusCode(404);
    }

    @Test
    void onlyTheCompanysCeoConsentsAndCasesStayInTheirScope() {
        Company c = company();
        Company other = company();
        String id = create(c.learner(), body(c.company().id(), "재고 예측", "demand-forecasting"));
        post(c.learner(), "/api/best-practices/" + id + "/consent", Map.of()).statusCode(403);
        post(other.ceo(), "/api/best-practices/" + id + "/consent", Map.of()).statusCode(404);
        post(other.learner(), "/api/best-practices/" + id + "/consent", Map.of())
                .statusCode(404);
        given().auth()
                .oauth2(other.learner())
                .get("/api/best-practices/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(other.ceo())
                .get("/api/best-practices/" + id)
                .then()
                .statusCode(404);
        post(c.ceo(), "/api/best-practices/" + id + "/submit", null).statusCode(403);
        post(c.ceo(), "/api/best-practices/" + id + "/publish", null).statusCode(403);
        // the company's CEO and a coach edit the learner's case
        given().auth()
                .oauth2(c.ceo())
                .contentType(ContentType.JSON)
                .body(body(c.company().id(), "재고 예측 (대표 보완)", "demand-forecasting"))
                .put("/api/best-practices/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("재고 예측 (대표 보완)"));
        String coach = data.token(data.user(PASSWORD, null, Role.INSTRUCTOR));
        given().auth().oauth2(coach).get("/api/best-practices/" + id).then().statusCode(200);
        // who writes a case for the company
        post(operator(), "/api/best-practices", body(c.company().id(), "운영자", "demand-forecasting"))
                .statusCode(403);
        post(other.learner(), "/api/best-practices", body(c.company().id(), "남의 회사", "demand-forecasting"))
                .statusCode(404);
        create(coach, body(c.company().id(), "코치가 쓴 사례", "demand-forecasting"));
        create(c.ceo(), body(c.company().id(), "대표가 쓴 사례", "demand-forecasting"));
        assertTrue(given().auth()
                .oauth2(c.ceo())
                .get("/api/best-practices?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id")
                .contains(id));
        assertFalse(given().auth()
                .oauth2(other.ceo())
                .get("/api/best-practices?size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id")
                .contains(id));
    }

    @Test
    void theSummaryAddsUpExactlyTheCasesTheShowcaseShows() {
        Company c = company();
        published(
                c,
                "reporting-automation",
                false,
                figure("HOURS_PER_MONTH", "시간", 40, 12.5),
                figure("ERROR_RATE", "%", 4.2, 1.1));
        published(c, "reporting-automation", false, figure("HOURS_PER_MONTH", "시간", 20, 5));
        published(c, "reporting-automation", false, figure("COST", "만원", 300, 120));
        for (Map<String, String> filters : List.of(
                Map.<String, String>of(),
                Map.of("region", "JEJU"),
                Map.of("industry", "G", "region", "JEJU", "tag", "reporting-automation"))) {
            List<Map<String, Object>> figures = new ArrayList<>();
            showcase(filters)
                    .getList("items", Map.class)
                    .forEach(item -> figures.addAll((List<Map<String, Object>>) item.get("figures")));
            Map<String, BigDecimal[]> expected = new LinkedHashMap<>();
            figures.forEach(f -> {
                BigDecimal[] sums = expected.computeIfAbsent(
                        f.get("name") + "|" + f.get("unit"), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(new BigDecimal(f.get("before").toString()));
                sums[1] = sums[1].add(new BigDecimal(f.get("after").toString()));
            });
            List<Map<String, Object>> summary = given().queryParams(new HashMap<>(filters))
                    .get("/api/public/best-practices/summary")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("$");
            assertEquals(expected.size(), summary.size(), filters.toString());
            for (Map<String, Object> line : summary) {
                BigDecimal[] sums = expected.get(line.get("name") + "|" + line.get("unit"));
                assertEquals(
                        0, sums[0].compareTo(new BigDecimal(line.get("before").toString())), line.toString());
                assertEquals(
                        0, sums[1].compareTo(new BigDecimal(line.get("after").toString())), line.toString());
            }
        }
        List<Map<String, Object>> mine = given().queryParams(
                        Map.of("industry", "G", "region", "JEJU", "tag", "reporting-automation"))
                .get("/api/public/best-practices/summary")
                .then()
                .extract()
                .jsonPath()
                .getList("findAll { it.name == 'HOURS_PER_MONTH' && it.unit == '시간' }");
        assertTrue(((Number) mine.get(0).get("cases")).intValue() >= 2);
    }

    @Test
    void publicAnswersHoldNoEmailPhoneOrUnconsentedName() {
        Company c = company();
        Map<String, Object> body = body(c.company().id(), "고객 응대 자동화", "customer-service");
        body.put("problem", "문의는 kim.sarye@example.co.kr 또는 010-1234-5678로 받았다");
        body.put("tools", "챗봇 (담당 02 345 6789)");
        String hidden = create(c.learner(), body);
        post(c.learner(), "/api/best-practices/" + hidden + "/submit", null).statusCode(200);
        post(c.ceo(), "/api/best-practices/" + hidden + "/consent", null).statusCode(200);
        post(operator(), "/api/best-practices/" + hidden + "/publish", null).statusCode(200);
        String named = published(c, "customer-service", true, figure("LEAD_TIME", "일", 5, 1));

        for (String answer : List.of(
                given().get("/api/public/best-practices/" + hidden).asString(),
                given().get("/api/public/best-practices?size=200").asString(),
                given().get("/api/public/best-practices/summary").asString())) {
            assertFalse(EMAIL.matcher(answer).find(), answer);
            assertFalse(PHONE.matcher(withoutIds(answer)).find(), answer);
            assertFalse(answer.contains("example.co.kr"), answer);
        }
        given().get("/api/public/best-practices/" + hidden)
                .then()
                .body("authorName", nullValue())
                .body("problem", containsString("•••"));
        given().get("/api/public/best-practices/" + named).then().body("authorName", equalTo("김사례"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Company c = company();
        Map<String, Object> noUnit = figure("HOURS_PER_MONTH", "시간", 40, 12);
        noUnit.remove("unit");
        expectField(c, body(c.company().id(), "단위 없음", "data-analysis", noUnit), "figures[0].unit");
        Map<String, Object> negative = figure("HOURS_PER_MONTH", "시간", 40, 12);
        negative.put("period", "P-3M");
        expectField(c, body(c.company().id(), "음수 기간", "data-analysis", negative), "figures[0].period");
        Map<String, Object> blank = figure("COST", "만원", 40, 12);
        blank.put("period", " ");
        expectField(c, body(c.company().id(), "빈 기간", "data-analysis", blank), "figures[0].period");
        expectField(
                c,
                body(c.company().id(), "모르는 종류", "data-analysis", figure("HAPPINESS", "점", 1, 2)),
                "figures[0].name");
        expectField(
                c, body(c.company().id(), "음수 값", "data-analysis", figure("COST", "만원", -1, 2)), "figures[0].before");
        post(c.learner(), "/api/best-practices", body(c.company().id(), "모르는 태그", "telepathy"))
                .statusCode(400)
                .body("errors[0].field", equalTo("tags[0]"))
                .body("errors[0].message", containsString("telepathy"));
        Map<String, Object> noTitle = body(c.company().id(), "x", "data-analysis");
        noTitle.remove("title");
        expectField(c, noTitle, "title");
        Map<String, Object> noCompany = body(null, "회사 없음", "data-analysis");
        expectField(c, noCompany, "companyId");
        given().auth()
                .oauth2(c.learner())
                .contentType(ContentType.JSON)
                .body("{\"companyId\": \"" + c.company().id()
                        + "\", \"title\": \"x\", \"figures\": [{\"before\": \"많음\"}]}")
                .post("/api/best-practices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("before"));
        given().auth()
                .oauth2(c.learner())
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/best-practices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/public/best-practices?tag=telepathy")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("tag"));
        given().get("/api/public/best-practices/not-a-case").then().statusCode(404);
    }

    @Test
    void theEditorWritesACaseAndThePublicPagesShowItWithoutContactDetails() {
        Company c = company();
        PageToken csrf = PageToken.of(c.learner());
        String location = given().cookie("axc_token", c.learner())
                .cookie("axc_csrf", csrf.nonce())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .redirects()
                .follow(false)
                .formParam("csrf-token", csrf.token())
                .formParam("companyId", c.company().id())
                .formParam("title", "출고 지연 알림 자동화")
                .formParam("problem", "담당자 010 9876 5432 에게 전화로 지연을 알렸다 (lee@example.com)")
                .formParam("approach", "출고 데이터로 지연을 예측해 고객에게 자동으로 안내")
                .formParam("tools", "사내 ERP, 문자 발송")
                .formParam("tags", "process-automation")
                .formParam("figures[1].name", "LEAD_TIME")
                .formParam("figures[1].unit", "일")
                .formParam("figures[1].before", "4")
                .formParam("figures[1].after", "1.5")
                .formParam("figures[1].months", "6")
                .post("/best-practices")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String id = location.replaceAll(".*/best-practices/([^/]+)/edit$", "$1");
        given().auth()
                .oauth2(c.learner())
                .get("/api/best-practices/" + id)
                .then()
                .statusCode(200)
                .body("figures[0].name", equalTo("LEAD_TIME"))
                .body("figures[0].period", equalTo("P6M"));
        // a negative period typed into the second row is named on that row
        given().cookie("axc_token", c.learner())
                .cookie("axc_csrf", csrf.nonce())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf.token())
                .formParam("companyId", c.company().id())
                .formParam("title", "x")
                .formParam("problem", "x")
                .formParam("approach", "x")
                .formParam("tools", "x")
                .formParam("figures[1].name", "COST")
                .formParam("figures[1].unit", "만원")
                .formParam("figures[1].before", "1")
                .formParam("figures[1].after", "1")
                .formParam("figures[1].months", "-2")
                .post("/best-practices/" + id + "/edit")
                .then()
                .statusCode(400)
                .body(containsString("id=\"fig-1-months-error\""));
        given().cookie("axc_token", c.learner())
                .get("/best-practices/" + id + "/edit")
                .then()
                .statusCode(200)
                .body(containsString("출고 지연 알림 자동화"));
        post(c.learner(), "/api/best-practices/" + id + "/submit", null).statusCode(200);
        post(c.ceo(), "/api/best-practices/" + id + "/consent", null).statusCode(200);
        post(operator(), "/api/best-practices/" + id + "/publish", null).statusCode(200);

        for (String path : List.of("/showcase", "/showcase?region=JEJU&tag=process-automation", "/showcase/" + id)) {
            String html = given().header("Accept-Language", "ko")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertTrue(html.contains("출고 지연 알림 자동화"), path);
            assertFalse(EMAIL.matcher(html).find(), path + " shows an e-mail address");
            assertFalse(PHONE.matcher(withoutIds(html)).find(), path + " shows a phone number");
            assertFalse(html.contains("김사례"), path + " shows an unconsented name");
        }
        given().header("Accept-Language", "ko")
                .get("/showcase/" + id)
                .then()
                .body(containsString("리드타임"))
                .body(containsString("6개월"));
        post(c.ceo(), "/api/best-practices/" + id + "/withdraw-consent", null).statusCode(200);
        given().get("/showcase/" + id).then().statusCode(404);
    }

    @Test
    void evidenceFilesAreReadAsTheCaseIsAndAddedOnlyUntilItIsPublished() {
        Company c = company();
        Company other = company();
        String id = create(c.learner(), body(c.company().id(), "증빙 있는 사례", "data-analysis"));
        MultipartUpload.Answer sheet = MultipartUpload.bearer(c.learner())
                .field("scope", "BEST_PRACTICE")
                .field("scopeId", id)
                .file("전후 비교.png", TestFiles.PNG)
                .post();
        assertEquals(201, sheet.status(), sheet.response().body());
        assertEquals(
                404,
                MultipartUpload.bearer(other.learner())
                        .field("scope", "BEST_PRACTICE")
                        .field("scopeId", id)
                        .file("남의 사진.png", TestFiles.PNG)
                        .post()
                        .status());
        given().auth()
                .oauth2(c.ceo())
                .queryParam("scope", "BEST_PRACTICE")
                .queryParam("scopeId", id)
                .get("/api/materials")
                .then()
                .statusCode(200)
                .body("name", hasItem("전후 비교.png"));
        given().auth()
                .oauth2(other.ceo())
                .get("/api/materials/" + sheet.json().getString("id") + "/content")
                .then()
                .statusCode(404);
        post(c.learner(), "/api/best-practices/" + id + "/submit", null).statusCode(200);
        post(c.ceo(), "/api/best-practices/" + id + "/consent", null).statusCode(200);
        post(operator(), "/api/best-practices/" + id + "/publish", null).statusCode(200);
        assertEquals(
                409,
                MultipartUpload.bearer(c.learner())
                        .field("scope", "BEST_PRACTICE")
                        .field("scopeId", id)
                        .file("늦은 사진.png", TestFiles.PNG)
                        .post()
                        .status());
    }

    static void expectField(Company c, Map<String, Object> body, String field) {
        post(c.learner(), "/api/best-practices", body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static String withoutIds(String text) {
        return ID.matcher(text).replaceAll("");
    }
}
