package kr.axcampus.diagnosis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Stage 1 through the API: the questionnaire, a diagnosis from assignment to sign-off, its scores and rules. */
@QuarkusTest
class DiagnosisTest {
    static final String PASSWORD = "diagnosis-pass-1";

    /** The shipped questionnaire's question codes by dimension, in order. */
    static final Map<String, List<String>> QUESTIONS = new LinkedHashMap<>();

    static {
        QUESTIONS.put(
                "strategy", List.of("strategy-vision", "strategy-budget", "strategy-owner", "strategy-use-cases"));
        QUESTIONS.put("data", List.of("data-digitised", "data-quality", "data-access", "data-use"));
        QUESTIONS.put(
                "infrastructure",
                List.of(
                        "infrastructure-systems",
                        "infrastructure-cloud",
                        "infrastructure-ai-tools",
                        "infrastructure-support"));
        QUESTIONS.put("talent", List.of("talent-literacy", "talent-training", "talent-champions", "talent-learning"));
        QUESTIONS.put(
                "process", List.of("process-documented", "process-bottlenecks", "process-change", "process-measure"));
        QUESTIONS.put(
                "governance",
                List.of(
                        "governance-policy",
                        "governance-data-protection",
                        "governance-security",
                        "governance-results"));
    }

    @Inject
    TestData data;

    /** A company, its CEO and two employees, an assigned expert and a DRAFT diagnosis of it. */
    record Case(CompanyView company, UserView ceo, UserView expert, List<UserView> employees, String diagnosis) {}

    Case newCase() {
        CompanyView company = data.company("진단 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView ceo = data.named("진단 대표", PASSWORD, companyId, Role.CEO);
        UserView expert = data.named("진단 전문가", PASSWORD, null, Role.INSTRUCTOR);
        List<UserView> employees = List.of(
                data.named("직원 하나", PASSWORD, companyId, Role.LEARNER),
                data.named("직원 둘", PASSWORD, companyId, Role.LEARNER),
                data.named("직원 셋", PASSWORD, companyId, Role.LEARNER));
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "expertId", expert.id(), "visitedOn", LocalDate.now().toString()))
                .post("/api/companies/" + company.id() + "/diagnoses")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("questionnaireVersion", equalTo(1))
                .body("expertName", equalTo("진단 전문가"))
                .extract()
                .path("id");
        return new Case(company, ceo, expert, employees, id);
    }

    String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    String token(UserView user) {
        return data.token(user);
    }

    ValidatableResponse put(UserView who, String path, Object body) {
        return given().auth()
                .oauth2(token(who))
                .contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then();
    }

    ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    /** Every question answered with the dimension's scores in order. */
    static Map<String, Integer> answers(Map<String, List<Integer>> byDimension) {
        Map<String, Integer> answers = new HashMap<>();
        byDimension.forEach((dimension, scores) -> {
            List<String> codes = QUESTIONS.get(dimension);
            for (int i = 0; i < codes.size(); i++) {
                answers.put(codes.get(i), scores.get(i));
            }
        });
        return answers;
    }

    static Map<String, Integer> all(int score) {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        QUESTIONS.keySet().forEach(d -> scores.put(d, List.of(score, score, score, score)));
        return answers(scores);
    }

    @Test
    void theShippedQuestionnaireHasSixDimensionsOfAnchoredQuestionsAndFourStages() {
        JsonPath q = given().auth()
                .oauth2(data.tokenFor(Role.LEARNER, null))
                .get("/api/diagnosis/questionnaire")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, q.getInt("version"));
        assertEquals(List.copyOf(QUESTIONS.keySet()), q.getList("dimensions.code"));
        assertEquals("전략·리더십", q.getString("dimensions[0].title.ko"));
        assertEquals("Strategy and leadership", q.getString("dimensions[0].title.en"));
        for (int d = 0; d < 6; d++) {
            assertEquals(
                    QUESTIONS.get(q.getString("dimensions[" + d + "].code")),
                    q.getList("dimensions[" + d + "].questions.code"));
            for (int i = 0; i < 4; i++) {
                List<Map<String, String>> levels = q.getList("dimensions[" + d + "].questions[" + i + "].levels");
                assertEquals(5, levels.size());
                levels.forEach(l -> assertEquals(
                        2, l.values().stream().filter(v -> !v.isBlank()).count()));
            }
        }
        assertEquals(List.of("탐색", "도입", "확산", "내재화"), q.getList("stages.title.ko"));
        assertEquals(List.of(1.0f, 2.0f, 3.0f, 4.0f), q.getList("stages.minScore"));

        given().auth()
                .oauth2(data.tokenFor(Role.CEO, null))
                .get("/api/catalog/tags")
                .then()
                .statusCode(200)
                .body("code", hasItem("demand-forecasting"))
                .body("find { it.code == 'demand-forecasting' }.name.ko", equalTo("수요 예측"));
    }

    @Test
    void scoresAreMeansOfAnsweredQuestionsAndTheStageIsTheHighestReached() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        // Only one dimension answered: the overall score is that dimension's.
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 2, "strategy-budget", 3)))
                .statusCode(200)
                .body("scores.strategy", equalTo(2.5f))
                .body("overall", equalTo(2.5f))
                .body("stage", equalTo("ADOPTING"));
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        scores.put("strategy", List.of(1, 1, 1, 1));
        scores.put("data", List.of(2, 2, 3, 3));
        scores.put("infrastructure", List.of(5, 5, 5, 4));
        scores.put("talent", List.of(3, 3, 3, 3));
        scores.put("process", List.of(1, 2, 3, 4));
        scores.put("governance", List.of(4, 4, 4, 4));
        // 1 + 2.5 + 4.75 + 3 + 2.5 + 4 = 17.75; / 6 = 2.9583…
        put(c.expert(), path + "/answers", Map.of("answers", answers(scores)))
                .statusCode(200)
                .body("scores.strategy", equalTo(1.0f))
                .body("scores.data", equalTo(2.5f))
                .body("scores.infrastructure", equalTo(4.75f))
                .body("scores.talent", equalTo(3.0f))
                .body("scores.process", equalTo(2.5f))
                .body("scores.governance", equalTo(4.0f))
                .body("overall", equalTo(2.96f))
                .body("stage", equalTo("ADOPTING"))
                .body("answers.size()", equalTo(24));
        // Exactly on a threshold reaches it; the lowest score is the first stage; the highest the last.
        put(c.expert(), path + "/answers", Map.of("answers", all(3)))
                .body("overall", equalTo(3.0f))
                .body("stage", equalTo("SCALING"));
        put(c.expert(), path + "/answers", Map.of("answers", all(1)))
                .body("overall", equalTo(1.0f))
                .body("stage", equalTo("EXPLORING"));
        put(c.expert(), path + "/answers", Map.of("answers", all(5)))
                .body("overall", equalTo(5.0f))
                .body("stage", equalTo("EMBEDDED"));

        // The company's own view is kept beside the expert's, not mixed into it.
        put(c.ceo(), path + "/self-assessment", Map.of("answers", all(2)))
                .statusCode(200)
                .body("selfOverall", equalTo(2.0f))
                .body("selfScores.data", equalTo(2.0f))
                .body("overall", equalTo(5.0f));
    }

    @Test
    void badAnswersAndBottlenecksAreRefusedNamingTheFieldAndNothingIsSaved() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 4, "no-such-question", 3)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers.no-such-question"));
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 6)))
                .statusCode(400)
                .body("errors.field", contains("answers.strategy-vision"));
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 0)))
                .statusCode(400)
                .body("errors.field", contains("answers.strategy-vision"));
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", "high")))
                .statusCode(400)
                .contentType("application/problem+json");
        put(c.expert(), path + "/answers", Map.of("notes", Map.of("finance", "메모")))
                .statusCode(400)
                .body("errors.field", contains("notes.finance"));
        given().auth()
                .oauth2(token(c.expert()))
                .contentType(ContentType.JSON)
                .body("{\"answers\": {\"strategy-vision\": 3")
                .put(path + "/answers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(admin()).get(path).then().statusCode(200).body("answers.size()", equalTo(0));

        Map<String, Object> bottleneck = bottleneck("견적서 작성", 12, 4, 3);
        bottleneck.put("opportunityTag", "telepathy");
        post(token(c.expert()), path + "/bottlenecks", bottleneck)
                .statusCode(400)
                .body("errors.field", contains("opportunityTag"));
        bottleneck = bottleneck("견적서 작성", -1, 6, 0);
        post(token(c.expert()), path + "/bottlenecks", bottleneck)
                .statusCode(400)
                .body("errors.field", hasItem("hoursLostPerMonth"))
                .body("errors.field", hasItem("impact"))
                .body("errors.field", hasItem("feasibility"));
        post(token(c.expert()), path + "/bottlenecks", Map.of("process", "품질 검사"))
                .statusCode(400)
                .body("errors.field", hasItem("pain"))
                .body("errors.field", hasItem("opportunityTag"));
        given().auth().oauth2(admin()).get(path).then().body("bottlenecks", empty());
    }

    static Map<String, Object> bottleneck(String process, double hours, int impact, int feasibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("process", process);
        body.put("pain", process + "에 시간이 많이 든다");
        body.put("hoursLostPerMonth", hours);
        body.put("peopleAffected", 4);
        body.put("opportunityTag", "document-automation");
        body.put("impact", impact);
        body.put("feasibility", feasibility);
        return body;
    }

    @Test
    void bottlenecksAreOrderedByPriorityThenHoursLost() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        post(token(c.expert()), path + "/bottlenecks", bottleneck("견적서 작성", 10, 3, 4))
                .statusCode(201)
                .body("priority", equalTo(12));
        post(token(c.expert()), path + "/bottlenecks", bottleneck("품질 검사", 30, 4, 3))
                .statusCode(201);
        post(token(c.expert()), path + "/bottlenecks", bottleneck("수요 예측", 5, 5, 5))
                .statusCode(201);
        post(token(c.expert()), path + "/bottlenecks", bottleneck("재고 확인", 50, 1, 2))
                .statusCode(201);
        given().auth()
                .oauth2(token(c.ceo()))
                .get(path)
                .then()
                .statusCode(200)
                .body("bottlenecks.process", contains("수요 예측", "품질 검사", "견적서 작성", "재고 확인"))
                .body("bottlenecks.priority", contains(25, 12, 12, 2));
    }

    @Test
    void fromDraftToSignOffEachStepIsTheRightPersonsAndNothingChangesAfterwards() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 3)));
        post(token(c.expert()), path + "/submit", Map.of())
                .statusCode(409)
                .body("type", equalTo("/problems/incomplete"))
                .body("detail", containsString("23 of 24"));
        post(token(c.ceo()), path + "/sign-off", Map.of())
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", contains("SUBMITTED"));
        put(
                        c.expert(),
                        path + "/answers",
                        Map.of("answers", all(4), "notes", Map.of("data", "ERP 도입 예정"), "participants", "대표, 생산팀장"))
                .statusCode(200)
                .body("notes.data", equalTo("ERP 도입 예정"))
                .body("participants", equalTo("대표, 생산팀장"));
        post(admin(), path + "/submit", Map.of()).statusCode(403);
        post(token(c.ceo()), path + "/submit", Map.of()).statusCode(403);
        post(token(c.expert()), path + "/submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));
        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 5)))
                .statusCode(409)
                .body("type", equalTo("/problems/diagnosis-submitted"));
        post(token(c.expert()), path + "/sign-off", Map.of()).statusCode(403);
        post(token(c.ceo()), path + "/sign-off", Map.of())
                .statusCode(200)
                .body("status", equalTo("SIGNED_OFF"))
                .body("signedOffAt", notNullValue());

        put(c.expert(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 5)))
                .statusCode(409);
        put(c.ceo(), path + "/self-assessment", Map.of("answers", Map.of("strategy-vision", 5)))
                .statusCode(409);
        post(token(c.expert()), path + "/bottlenecks", bottleneck("견적서 작성", 10, 3, 4))
                .statusCode(409);
        post(token(c.ceo()), path + "/sign-off", Map.of())
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", empty());
        JsonPath after = given().auth()
                .oauth2(admin())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(4, after.getInt("answers.'strategy-vision'"));
        assertEquals(
                List.of("CREATED", "ANSWERS_SAVED", "ANSWERS_SAVED", "SUBMITTED", "SIGNED_OFF"),
                after.getList("history.action"));
        assertEquals("진단 대표", after.getString("history[4].actorName"));
        assertEquals("진단 전문가", after.getString("history[3].actorName"));
    }

    @Test
    void onlyTheOperatorsTheAssignedExpertAndTheCompanysCeoSeeADiagnosis() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        UserView otherExpert = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CompanyView other = data.company("다른 진단 회사");
        UserView otherCeo = data.user(PASSWORD, UUID.fromString(other.id()), Role.CEO);
        for (UserView outsider : List.of(otherExpert, otherCeo, c.employees().get(0))) {
            given().auth().oauth2(token(outsider)).get(path).then().statusCode(404);
            given().auth()
                    .oauth2(token(outsider))
                    .get("/api/companies/" + c.company().id() + "/diagnoses")
                    .then()
                    .statusCode(404);
            put(outsider, path + "/answers", Map.of("answers", Map.of("strategy-vision", 3)))
                    .statusCode(404);
            post(token(outsider), path + "/sign-off", Map.of()).statusCode(404);
        }
        for (String reader : List.of(admin(), token(c.expert()), token(c.ceo()))) {
            given().auth()
                    .oauth2(reader)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("companyName", equalTo(c.company().name()));
            given().auth()
                    .oauth2(reader)
                    .get("/api/companies/" + c.company().id() + "/diagnoses")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(c.diagnosis()));
        }
        // Seeing is not changing: the operator and the CEO do not answer for the expert.
        put(c.ceo(), path + "/answers", Map.of("answers", Map.of("strategy-vision", 3)))
                .statusCode(403);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("strategy-vision", 3)))
                .put(path + "/answers")
                .then()
                .statusCode(403);
        put(c.expert(), path + "/self-assessment", Map.of("answers", Map.of("strategy-vision", 3)))
                .statusCode(403);
        // Only an active instructor of the centre can be assigned.
        post(
                        admin(),
                        "/api/companies/" + c.company().id() + "/diagnoses",
                        Map.of("expertId", c.ceo().id(), "visitedOn", "2026-12-01"))
                .statusCode(400)
                .body("errors.field", contains("expertId"));
        post(
                        admin(),
                        "/api/companies/" + UUID.randomUUID() + "/diagnoses",
                        Map.of("expertId", c.expert().id(), "visitedOn", "2026-12-01"))
                .statusCode(404);
        post(
                        token(c.expert()),
                        "/api/companies/" + c.company().id() + "/diagnoses",
                        Map.of("expertId", c.expert().id(), "visitedOn", "2026-12-01"))
                .statusCode(403);
    }

    @Test
    void aRoadmapItemEnrolsEachPersonOnTheirOwnAndItsProgressIsTheProgressRooms() {
        Case c = newCase();
        String path = "/api/diagnoses/" + c.diagnosis();
        UserView instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 2, instructor);
        UserView outsider =
                data.user(PASSWORD, UUID.fromString(data.company("외부 회사").id()), Role.LEARNER);
        data.enroll(cohort, c.employees().get(0));
        String bottleneck = post(token(c.expert()), path + "/bottlenecks", bottleneck("회의록 정리", 20, 4, 4))
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token(c.expert()))
                .get(path + "/suggestions")
                .then()
                .statusCode(200)
                .body("[0].bottleneckId", equalTo(bottleneck))
                .body("[0].courses.code", hasItem("PX-OFFICE-GENAI"));
        given().auth().oauth2(token(c.ceo())).get(path + "/suggestions").then().statusCode(403);

        Map<String, Object> item = new HashMap<>();
        item.put("bottleneckId", bottleneck);
        item.put("courseCode", "PX-OFFICE-GENAI");
        item.put("userIds", List.of(c.employees().get(0).id(), outsider.id()));
        item.put("targetQuarter", "2027-Q1");
        item.put("cohortId", cohort.id());
        post(token(c.expert()), path + "/roadmap-items", item)
                .statusCode(400)
                .body("errors.field", contains("userIds"));
        item.put("targetQuarter", "2027-Q5");
        item.put("userIds", List.of(c.employees().get(0).id()));
        post(token(c.expert()), path + "/roadmap-items", item)
                .statusCode(400)
                .body("errors.field", contains("targetQuarter"));
        item.put("targetQuarter", "2027-Q1");
        item.put("courseCode", "PX-DATA-REPORTING");
        post(token(c.expert()), path + "/roadmap-items", item)
                .statusCode(400)
                .body("errors.field", contains("cohortId"));
        item.put("courseCode", "PX-OFFICE-GENAI");
        item.put("userIds", c.employees().stream().map(UserView::id).toList());
        String itemId = post(token(c.expert()), path + "/roadmap-items", item)
                .statusCode(201)
                .body("progress.enrolled", equalTo(1))
                .extract()
                .path("id");

        post(token(c.ceo()), "/api/roadmap-items/" + itemId + "/enroll", Map.of())
                .statusCode(403);
        post(token(instructor), "/api/roadmap-items/" + itemId + "/enroll", Map.of())
                .statusCode(404);
        Map<String, String> outcomes = new HashMap<>();
        JsonPath results = post(token(c.expert()), "/api/roadmap-items/" + itemId + "/enroll", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        results.getList("results", Map.class)
                .forEach(r -> outcomes.put((String) r.get("userId"), (String) r.get("outcome")));
        assertEquals("ALREADY_ENROLLED", outcomes.get(c.employees().get(0).id()));
        assertEquals("ENROLLED", outcomes.get(c.employees().get(1).id()));
        assertEquals("COHORT_FULL", outcomes.get(c.employees().get(2).id()));
        post(admin(), "/api/roadmap-items/" + itemId + "/enroll", Map.of())
                .statusCode(200)
                .body("results.outcome", hasItem("ALREADY_ENROLLED"))
                .body("results.outcome", hasItem("COHORT_FULL"));

        JsonPath progress = given().auth()
                .oauth2(admin())
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int completed = progress.getList("findAll { it.completion.status == 'COMPLETED' }")
                .size();
        int practicum = progress.getInt("practicumMinutes.sum()");
        given().auth()
                .oauth2(token(c.ceo()))
                .get(path)
                .then()
                .statusCode(200)
                .body("roadmap[0].userIds", hasSize(3))
                .body(
                        "roadmap[0].progress.enrolled",
                        equalTo(progress.getList("userId").size()))
                .body("roadmap[0].progress.completed", equalTo(completed))
                .body("roadmap[0].progress.practicumMinutes", equalTo(practicum));
    }

    @Test
    void aDiagnosisIsReadBesideTheCompanysPreviousOneAndItsPeers() {
        CompanyView peer = industryCompany("비교 동종 회사");
        CompanyView company = industryCompany("비교 대상 회사");
        UserView expert = data.user(PASSWORD, null, Role.INSTRUCTOR);
        UserView peerCeo = data.user(PASSWORD, UUID.fromString(peer.id()), Role.CEO);
        UserView ceo = data.user(PASSWORD, UUID.fromString(company.id()), Role.CEO);
        signedOff(peer, expert, peerCeo, 2);
        String first = signedOff(company, expert, ceo, 3);
        String second = post(
                        admin(),
                        "/api/companies/" + company.id() + "/diagnoses",
                        Map.of(
                                "expertId",
                                expert.id(),
                                "visitedOn",
                                LocalDate.now().toString()))
                .statusCode(201)
                .body("previous.diagnosisId", equalTo(first))
                .body("previous.overall", equalTo(3.0f))
                .body("peers.companies", equalTo(1))
                .body("peers.overall", equalTo(2.0f))
                .body("peers.scores.talent", equalTo(2.0f))
                .extract()
                .path("id");
        given().auth()
                .oauth2(token(ceo))
                .get("/api/companies/" + company.id() + "/diagnoses")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(second))
                .body("items.find { it.id == '" + first + "' }.stage", equalTo("SCALING"));
        given().auth()
                .oauth2(token(peerCeo))
                .get("/api/diagnoses/" + second)
                .then()
                .statusCode(404);
    }

    /** A company of a size and industry no other test uses, so its peers are known. */
    CompanyView industryCompany(String name) {
        return given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name", name + " " + TestData.unique(),
                        "businessNumber", TestData.validBusinessNumber(),
                        "sizeClass", "MIDSIZE",
                        "industry", "국제기구 협력",
                        "region", "SEOUL"))
                .post("/api/companies")
                .then()
                .statusCode(201)
                .body("industrySection", equalTo("U"))
                .extract()
                .as(CompanyView.class);
    }

    String signedOff(CompanyView company, UserView expert, UserView ceo, int score) {
        String id = post(
                        admin(),
                        "/api/companies/" + company.id() + "/diagnoses",
                        Map.of(
                                "expertId",
                                expert.id(),
                                "visitedOn",
                                LocalDate.now().minusDays(30).toString()))
                .statusCode(201)
                .body("previous", nullValue())
                .extract()
                .path("id");
        put(expert, "/api/diagnoses/" + id + "/answers", Map.of("answers", all(score)))
                .statusCode(200);
        post(token(expert), "/api/diagnoses/" + id + "/submit", Map.of()).statusCode(200);
        post(token(ceo), "/api/diagnoses/" + id + "/sign-off", Map.of()).statusCode(200);
        return id;
    }
}
