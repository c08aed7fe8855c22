package kr.axcampus.coaching;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coaching through the API (API.md "Coaching"): the flow, its history, the rules, scope and service levels. */
@QuarkusTest
class CoachingTest {
    static final String PASSWORD = "coaching-pass-1";

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    /** A company with its CEO and two employees, one trained in a cohort the coach taught; a second company's CEO. */
    record Case(
            CompanyView company,
            UserView ceo,
            UserView learner,
            UserView colleague,
            UserView coach,
            UserView otherInstructor,
            UserView otherCeo) {}

    Case newCase() {
        CompanyView company = data.company("코칭 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView coach = data.named("코칭 강사", PASSWORD, null, Role.INSTRUCTOR);
        UserView learner = data.named("코칭 훈련생", PASSWORD, companyId, Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, coach);
        data.enroll(cohort, learner);
        CompanyView other = data.company("다른 회사");
        return new Case(
                company,
                data.named("코칭 대표", PASSWORD, companyId, Role.CEO),
                learner,
                data.named("코칭 동료", PASSWORD, companyId, Role.LEARNER),
                coach,
                data.named("다른 강사", PASSWORD, null, Role.INSTRUCTOR),
                data.named("다른 대표", PASSWORD, UUID.fromString(other.id()), Role.CEO));
    }

    static Map<String, Object> ask(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("problem", "ChatGPT로 만든 견적서 양식이 ERP에 올라가지 않습니다");
        body.put("process", "견적서 작성");
        body.put("tool", "ChatGPT");
        body.put("urgency", "HIGH");
        return body;
    }

    static Map<String, Object> visit(String mode) {
        return Map.of(
                "startsAt",
                OffsetDateTime.now().minusHours(2).toString(),
                "minutes",
                90,
                "mode",
                mode,
                "participants",
                "훈련생, 생산팀장",
                "notes",
                "ERP 가져오기 형식에 맞춘 프롬프트를 함께 작성",
                "nextSteps",
                "다음 주까지 견적 10건 시험");
    }

    String token(UserView user) {
        return data.token(user);
    }

    String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    String asked(UserView who, String title) {
        return post(token(who), "/api/coaching-requests", ask(title))
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .extract()
                .path("id");
    }

    @Test
    void aRequestGoesFromAskingToARatingWithEveryChangeKept() {
        Case c = newCase();
        String id = post(token(c.learner()), "/api/coaching-requests", ask("견적서 자동화가 막혔어요"))
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .body("companyId", equalTo(c.company().id()))
                .body("requesterName", equalTo("코칭 훈련생"))
                .body("urgency", equalTo("HIGH"))
                .body("allowed", contains("ASSIGNED", "CLOSED_UNRESOLVED"))
                .extract()
                .path("id");
        // the operator sees the learner's last cohort instructor suggested, and assigns by default
        get(admin(), "/api/coaching-requests/" + id)
                .statusCode(200)
                .body("suggestedCoachId", equalTo(c.coach().id()));
        post(admin(), "/api/coaching-requests/" + id + "/assign", Map.of())
                .statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("coachId", equalTo(c.coach().id()))
                .body("coachName", equalTo("코칭 강사"));
        post(token(c.coach()), "/api/coaching-requests/" + id + "/visits", visit("ON_SITE"))
                .statusCode(201)
                .body("mode", equalTo("ON_SITE"))
                .body("minutes", equalTo(90));
        post(token(c.coach()), "/api/coaching-requests/" + id + "/visits", visit("ONLINE"))
                .statusCode(201);
        post(token(c.coach()), "/api/coaching-requests/" + id + "/resolve", Map.of("summary", "ERP 형식 맞춤 완료"))
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("allowed", empty());
        post(token(c.learner()), "/api/coaching-requests/" + id + "/rating", Map.of("score", 5, "comment", "큰 도움"))
                .statusCode(200)
                .body("rating.score", equalTo(5))
                .body("rating.comment", equalTo("큰 도움"));
        post(token(c.learner()), "/api/coaching-requests/" + id + "/rating", Map.of("score", 1))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/already-rated"));

        JsonPath view = get(token(c.ceo()), "/api/coaching-requests/" + id)
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("ASKED", "ASSIGNED", "VISIT_RECORDED", "VISIT_RECORDED", "RESOLVED", "RATED"),
                view.getList("history.action"));
        assertEquals(
                Arrays.asList(null, "NEW", "ASSIGNED", "SCHEDULED", "SCHEDULED", "RESOLVED"),
                view.getList("history.fromStatus"));
        assertEquals(
                List.of("NEW", "ASSIGNED", "SCHEDULED", "SCHEDULED", "RESOLVED", "RESOLVED"),
                view.getList("history.toStatus"));
        assertEquals(
                Arrays.asList("코칭 훈련생", null, "코칭 강사", "코칭 강사", "코칭 강사", "코칭 훈련생"), view.getList("history.actorName"));
        assertEquals(List.of("ON_SITE", "ONLINE"), view.getList("visits.mode"));
        assertEquals(5, view.getInt("rating.score"));
        assertTrue(view.getString("firstResponseAt") != null && view.getString("endedAt") != null);
    }

    @Test
    void anEndedRequestRefusesEveryTransitionNamingNone() {
        Case c = newCase();
        String id = asked(c.learner(), "끝난 요청");
        // before a coach is assigned, rating and resolving are refused
        post(token(c.learner()), "/api/coaching-requests/" + id + "/rating", Map.of("score", 3))
                .statusCode(409)
                .body("type", equalTo("/problems/not-ended"));
        post(admin(), "/api/coaching-requests/" + id + "/resolve", Map.of("summary", "x"))
                .statusCode(403);
        post(admin(), "/api/coaching-requests/" + id + "/close", Map.of("summary", "중복 요청"))
                .statusCode(200)
                .body("status", equalTo("CLOSED_UNRESOLVED"));
        for (String path : List.of("/assign", "/close")) {
            post(
                            admin(),
                            "/api/coaching-requests/" + id + path,
                            Map.of("summary", "다시", "coachId", c.coach().id()))
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/illegal-transition"))
                    .body("allowed", empty());
        }

        String second = asked(c.learner(), "두 번째 요청");
        post(
                        admin(),
                        "/api/coaching-requests/" + second + "/assign",
                        Map.of("coachId", c.coach().id()))
                .statusCode(200);
        post(token(c.coach()), "/api/coaching-requests/" + second + "/resolve", Map.of("summary", "해결"))
                .statusCode(200);
        post(token(c.coach()), "/api/coaching-requests/" + second + "/visits", visit("ONLINE"))
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("allowed", empty());
        post(token(c.coach()), "/api/coaching-requests/" + second + "/close", Map.of("summary", "닫기"))
                .statusCode(409)
                .body("detail", equalTo("a RESOLVED coaching request cannot become CLOSED_UNRESOLVED"));
        // a new request names where it may go
        String third = asked(c.learner(), "세 번째 요청");
        post(token(c.coach()), "/api/coaching-requests/" + third + "/visits", visit("ONLINE"))
                .statusCode(404);
        assertEquals(
                List.of("NEW"),
                get(token(c.learner()), "/api/coaching-requests/" + third)
                        .extract()
                        .jsonPath()
                        .getList("history.toStatus"));
    }

    @Test
    void eachPersonSeesOnlyTheRequestsInTheirScope() {
        Case c = newCase();
        String id = asked(c.learner(), "범위 확인");
        post(
                        admin(),
                        "/api/coaching-requests/" + id + "/assign",
                        Map.of("coachId", c.coach().id()))
                .statusCode(200);
        String path = "/api/coaching-requests/" + id;
        for (UserView sees : List.of(c.learner(), c.ceo(), c.coach())) {
            get(token(sees), path).statusCode(200);
            get(token(sees), "/api/coaching-requests?size=200").statusCode(200).body("items.id", hasItem(id));
        }
        for (UserView refused : List.of(c.colleague(), c.otherCeo(), c.otherInstructor())) {
            get(token(refused), path).statusCode(404).contentType("application/problem+json");
            get(token(refused), "/api/coaching-requests?size=200")
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
            post(token(refused), path + "/rating", Map.of("score", 4)).statusCode(404);
            post(token(refused), path + "/visits", visit("ONLINE")).statusCode(404);
        }
        // inside the scope but not theirs to do: 403
        post(token(c.ceo()), path + "/visits", visit("ONLINE")).statusCode(403);
        post(token(c.learner()), path + "/assign", Map.of("coachId", c.coach().id()))
                .statusCode(403);
        post(token(c.coach()), path + "/assign", Map.of("coachId", c.coach().id()))
                .statusCode(403);
        // instructors do not ask for coaching; the list filter by status holds
        post(token(c.coach()), "/api/coaching-requests", ask("강사의 요청")).statusCode(403);
        get(token(c.learner()), "/api/coaching-requests?status=ASSIGNED&size=200")
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.status", not(hasItem("NEW")));
        // files: the requester adds one; the CEO reads it; another company's CEO cannot
        MultipartUpload.Answer upload = MultipartUpload.bearer(token(c.learner()))
                .field("scope", "COACHING")
                .field("scopeId", id)
                .file("오류화면.pdf", "%PDF-1.7\n%coaching\n".getBytes())
                .post();
        assertEquals(201, upload.status(), upload.response().body());
        get(token(c.ceo()), "/api/materials?scope=COACHING&scopeId=" + id)
                .statusCode(200)
                .body("name", hasItem("오류화면.pdf"));
        get(token(c.otherCeo()), "/api/materials?scope=COACHING&scopeId=" + id).statusCode(404);
    }

    @Test
    void badInputIsAClearProblemNamingTheField() {
        Case c = newCase();
        Map<String, Object> soon = ask("급해요");
        soon.put("urgency", "SOON");
        post(token(c.learner()), "/api/coaching-requests", soon)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("urgency"));
        Map<String, Object> untitled = ask(" ");
        untitled.remove("problem");
        post(token(c.learner()), "/api/coaching-requests", untitled)
                .statusCode(400)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("problem"));
        Map<String, Object> foreign = ask("남의 병목");
        foreign.put("bottleneckId", UUID.randomUUID().toString());
        post(token(c.learner()), "/api/coaching-requests", foreign)
                .statusCode(400)
                .body("errors.field", contains("bottleneckId"));
        get(token(c.learner()), "/api/coaching-requests?status=LOST")
                .statusCode(400)
                .body("errors.field", contains("status"));

        String id = asked(c.learner(), "입력 확인");
        post(
                        admin(),
                        "/api/coaching-requests/" + id + "/assign",
                        Map.of("coachId", c.learner().id()))
                .statusCode(400)
                .body("errors.field", contains("coachId"));
        post(
                        admin(),
                        "/api/coaching-requests/" + id + "/assign",
                        Map.of("coachId", c.coach().id()))
                .statusCode(200);
        Map<String, Object> zero = new HashMap<>(visit("BY_PHONE"));
        zero.put("minutes", 0);
        post(token(c.coach()), "/api/coaching-requests/" + id + "/visits", zero)
                .statusCode(400)
                .body("errors.field", hasItem("mode"));
        Map<String, Object> noMinutes = new HashMap<>(visit("ONLINE"));
        noMinutes.put("minutes", 0);
        post(token(c.coach()), "/api/coaching-requests/" + id + "/visits", noMinutes)
                .statusCode(400)
                .body("errors.field", contains("minutes"));
        post(token(c.coach()), "/api/coaching-requests/" + id + "/resolve", Map.of())
                .statusCode(400)
                .body("errors.field", contains("summary"));
        post(token(c.coach()), "/api/coaching-requests/" + id + "/resolve", Map.of("summary", "해결"))
                .statusCode(200);
        for (int score : new int[] {0, 6}) {
            post(token(c.learner()), "/api/coaching-requests/" + id + "/rating", Map.of("score", score))
                    .statusCode(400)
                    .body("errors.field", contains("score"));
        }
        given().auth()
                .oauth2(token(c.learner()))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/coaching-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // nothing half-written: the refused requests left no rows
        assertEquals(
                1L,
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createQuery(
                                        "select count(r) from CoachingRequest r where r.requesterId = ?1", Long.class)
                                .setParameter(1, UUID.fromString(c.learner().id()))
                                .getSingleResult()));
    }

    @Test
    void aRequestMayBelongToABottleneckOfTheCompanysAgreedRoadmap() {
        Case c = newCase();
        String bottleneck = agreedBottleneck(c);
        Map<String, Object> body = ask("견적서 병목");
        body.put("bottleneckId", bottleneck);
        post(token(c.learner()), "/api/coaching-requests", body)
                .statusCode(201)
                .body("bottleneckId", equalTo(bottleneck))
                .body("bottleneckProcess", equalTo("견적서 작성"));
        // another company's employee cannot hang a request on it
        CompanyView other = data.company("다른 회사 둘");
        UserView stranger = data.named("다른 훈련생", PASSWORD, UUID.fromString(other.id()), Role.LEARNER);
        post(token(stranger), "/api/coaching-requests", body)
                .statusCode(400)
                .body("errors.field", contains("bottleneckId"));
    }

    @Test
    void serviceLevelsCountWhatTheListsFlag() {
        Case c = newCase();
        String late = asked(c.learner(), "오래된 요청");
        String fresh = asked(c.colleague(), "새 요청");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE coaching_request SET created_at = ?1 WHERE id = ?2")
                        .setParameter(1, Instant.now().minus(3, ChronoUnit.DAYS))
                        .setParameter(2, UUID.fromString(late))
                        .executeUpdate());
        get(token(c.learner()), "/api/coaching-requests/" + late)
                .statusCode(200)
                .body("overdue", equalTo(true));
        get(token(c.colleague()), "/api/coaching-requests/" + fresh)
                .statusCode(200)
                .body("overdue", equalTo(false));

        JsonPath levels = get(admin(), "/api/coaching-requests/service-levels")
                .statusCode(200)
                .extract()
                .jsonPath();
        long flagged = 0;
        long newOnes = 0;
        long total = 0;
        for (int page = 0; ; page++) {
            JsonPath list = get(admin(), "/api/coaching-requests?size=200&page=" + page)
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Boolean> overdue = list.getList("items.overdue");
            if (overdue.isEmpty()) {
                total = list.getLong("total");
                break;
            }
            flagged += overdue.stream().filter(Boolean::booleanValue).count();
            newOnes +=
                    list.getList("items.status").stream().filter("NEW"::equals).count();
        }
        assertTrue(flagged >= 1);
        assertEquals(flagged, levels.getLong("overdue"));
        assertEquals(newOnes, levels.getLong("fresh"));
        assertEquals(
                total,
                levels.getLong("fresh")
                        + levels.getLong("assigned")
                        + levels.getLong("scheduled")
                        + levels.getLong("resolved")
                        + levels.getLong("closedUnresolved"));
        get(token(c.coach()), "/api/coaching-requests/service-levels").statusCode(403);
        get(token(c.ceo()), "/api/coaching-requests/service-levels").statusCode(403);
    }

    /** A signed-off diagnosis of the case's company with one bottleneck; the bottleneck's id. */
    private String agreedBottleneck(Case c) {
        String diagnosis = data.diagnosis(c.company(), c.coach());
        String bottleneck = data.answeredWithBottleneck(diagnosis, c.coach());
        post(token(c.coach()), "/api/diagnoses/" + diagnosis + "/submit", Map.of())
                .statusCode(200);
        post(token(c.ceo()), "/api/diagnoses/" + diagnosis + "/sign-off", Map.of())
                .statusCode(200);
        return bottleneck;
    }
}
