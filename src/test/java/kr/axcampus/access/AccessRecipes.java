package kr.axcampus.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.axcampus.access.AccessWorld.World;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;

/**
 * For every row of docs/access.md, the request that exercises it: a valid body (so a refusal is
 * about access, never about input), what must exist first, and where a list shows the object.
 */
final class AccessRecipes {
    private AccessRecipes() {}

    /** One actor's request in one world. */
    record Call(AccessWorld worlds, World world, Actor actor) {
        String id(Actor who) {
            return world.id(who);
        }
    }

    /**
     * How to exercise a row. {@code unscheduled}: a world whose cohort has no sessions; {@code
     * withoutCorrection}: no pending correction request of the learner; {@code changeStatus}: what a
     * change answers when not the default; {@code listPath}/{@code listed}: where the object shows.
     */
    record Recipe(
            Function<Call, Object> json,
            Function<Call, Map<String, String>> form,
            Function<Call, String> csv,
            Function<Call, String> upload,
            Function<Call, Map<String, String>> multipart,
            Function<Call, Map<String, Object>> query,
            Consumer<Call> prepare,
            AccessWorld.Options options,
            Integer changeStatus,
            Integer readStatus,
            String userIdsPath,
            String listPath,
            Function<World, String> listed) {

        static Recipe plain() {
            return new Recipe(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    AccessWorld.Options.FULL,
                    null,
                    null,
                    "userId",
                    null,
                    null);
        }

        Recipe json(Function<Call, Object> body) {
            return new Recipe(
                    body,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe form(Function<Call, Map<String, String>> fields) {
            return new Recipe(
                    json,
                    fields,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe csv(Function<Call, String> body) {
            return new Recipe(
                    json,
                    form,
                    body,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe upload(Function<Call, String> file) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    file,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe multipart(Function<Call, Map<String, String>> fields) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    fields,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe query(Function<Call, Map<String, Object>> params) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    params,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe prepare(Consumer<Call> before) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    before,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe options(AccessWorld.Options world) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    world,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe changeStatus(int status) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    status,
                    readStatus,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe readStatus(int status) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    status,
                    userIdsPath,
                    listPath,
                    listed);
        }

        Recipe userIds(String path) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    path,
                    listPath,
                    listed);
        }

        Recipe lists(String path, Function<World, String> object) {
            return new Recipe(
                    json,
                    form,
                    csv,
                    upload,
                    multipart,
                    query,
                    prepare,
                    options,
                    changeStatus,
                    readStatus,
                    userIdsPath,
                    path,
                    object);
        }
    }

    private static final Map<String, Recipe> RECIPES = new HashMap<>();

    static Recipe of(String action) {
        return RECIPES.get(action);
    }

    private static void row(String action, Recipe recipe) {
        if (RECIPES.put(action, recipe) != null) {
            throw new IllegalStateException("two recipes for " + action);
        }
    }

    private static void row(String action) {
        row(action, Recipe.plain());
    }

    /** The placeholders of the table's paths, filled with the world's objects. */
    static String expand(String path, World w) {
        return path.replace("{cohort}", w.cohort().id())
                .replace(
                        "{session}",
                        w.session() == null ? "no-session" : w.session().id())
                .replace("{learner}", w.id(Actor.LEARNER))
                .replace("{user}", w.id(Actor.LEARNER))
                .replace("{company}", w.people().companyA().id())
                .replace("{course}", AccessWorld.COURSE)
                .replace("{lesson}", w.lesson())
                .replace("{file}", encodePath(w.file()))
                .replace("{material}", w.material())
                .replace("{submission}", w.submission())
                .replace("{log}", w.log())
                .replace("{correction}", w.correction() == null ? "no-correction" : w.correction())
                .replace("{lang}", "en")
                .replace("{token}", "forged-link-token");
    }

    private static String encodePath(String path) {
        return Arrays.stream(path.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** The code the instructor's screen shows now. */
    static String liveCode(Call call) {
        return given().auth()
                .oauth2(call.worlds().token(Actor.INSTRUCTOR))
                .get("/api/sessions/" + call.world().session().id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
    }

    private static Map<String, Object> session(int daysAhead) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(daysAhead)
                .withHour(0)
                .withMinute(0)
                .withSecond(0);
        return Map.of(
                "startsAt",
                start.toString(),
                "endsAt",
                start.plusHours(4).toString(),
                "kind",
                "PRACTICUM",
                "location",
                "실습실");
    }

    private static Map<String, Object> company(String name) {
        return Map.of(
                "name",
                name + " " + TestData.unique(),
                "businessNumber",
                TestData.validBusinessNumber(),
                "sizeClass",
                "SMALL",
                "industry",
                "제조",
                "region",
                "SEOUL");
    }

    private static String newEmail() {
        return "matrix" + TestData.unique() + "@test.axcampus.kr";
    }

    private static String peopleCsv(Call c, String name) {
        return "email,name,roles,businessNumber,department,jobTitle,password\n" + newEmail() + "," + name + ",LEARNER,"
                + c.world().people().companyA().businessNumber() + ",생산팀,사원,new-person-1\n";
    }

    private static Map<String, Object> learnerAsPerson(Call c) {
        return Map.of(
                "email",
                c.world().user(Actor.LEARNER).email(),
                "name",
                c.world().user(Actor.LEARNER).name(),
                "roles",
                List.of("LEARNER"),
                "companyId",
                c.world().people().companyA().id());
    }

    static {
        AccessWorld.Options unscheduled = AccessWorld.Options.UNSCHEDULED;
        AccessWorld.Options noCorrection = AccessWorld.Options.WITHOUT_CORRECTION;
        Recipe plain = Recipe.plain();

        row(
                "POST /api/auth/login",
                plain.json(
                        c -> Map.of("email", c.world().user(Actor.LEARNER).email(), "password", AccessWorld.PASSWORD)));
        row("GET /api/me");
        row("GET /.well-known/jwks.json");
        row("GET /api/users");
        row(
                "POST /api/users",
                plain.json(c -> Map.of(
                        "email",
                        newEmail(),
                        "name",
                        "새 훈련생",
                        "roles",
                        List.of("LEARNER"),
                        "companyId",
                        c.world().people().companyA().id(),
                        "password",
                        "new-person-1")));
        row("POST /api/users/import", plain.csv(c -> peopleCsv(c, "일괄 등록")));
        row("GET /api/users/{user}");
        row("PUT /api/users/{user}", plain.json(AccessRecipes::learnerAsPerson));
        row(
                "GET /api/companies",
                plain.lists("items.id", w -> w.people().companyA().id()));
        row("POST /api/companies", plain.json(c -> company("행렬 신규")));
        row("GET /api/companies/{company}");
        row(
                "PUT /api/companies/{company}",
                plain.json(c -> Map.of(
                        "name",
                        c.world().people().companyA().name(),
                        "businessNumber",
                        c.world().people().companyA().businessNumber(),
                        "sizeClass",
                        "SMALL",
                        "industry",
                        "제조",
                        "region",
                        "SEOUL")));
        row("GET /api/courses");
        row("GET /api/courses/{course}");
        row("GET /api/courses/{course}/lessons/{lesson}");
        row("POST /api/courses/{course}/lessons/{lesson}/complete");
        row("GET /api/courses/{course}/progress");
        row("POST /api/catalog/reload");
        row("GET /api/catalog/imports/latest");
        row(
                "POST /api/cohorts",
                plain.json(c -> Map.of(
                        "courseCode",
                        AccessWorld.COURSE,
                        "code",
                        "M-" + TestData.unique(),
                        "startDate",
                        LocalDate.now().toString(),
                        "endDate",
                        LocalDate.now().plusDays(20).toString(),
                        "capacity",
                        10,
                        "mode",
                        "ON_SITE")));
        row("GET /api/cohorts", plain.lists("items.id", w -> w.cohort().id()));
        row("GET /api/cohorts/{cohort}");
        row("POST /api/cohorts/{cohort}/sessions", plain.json(c -> session(3)));
        row("GET /api/cohorts/{cohort}/sessions");
        row(
                "POST /api/cohorts/{cohort}/sessions/generate",
                plain.json(c -> Map.of()).options(unscheduled));
        row("PUT /api/sessions/{session}", plain.json(c -> session(4)));
        // Enrolments take a newcomer: the table's own people must stay where the table puts them.
        row(
                "POST /api/cohorts/{cohort}/enrollments",
                plain.json(c -> Map.of("userId", c.worlds().newcomer().id())));
        row(
                "POST /api/cohorts/{cohort}/enrollments/import",
                plain.csv(c -> "email\n" + c.worlds().newcomer().email() + "\n"));
        row(
                "POST /api/cohorts/{cohort}/enrollments/company",
                plain.json(c -> Map.of("companyId", c.worlds().newcomer().companyId())));
        row("GET /api/cohorts/{cohort}/enrollments");
        row(
                "POST /api/cohorts/{cohort}/enrollments/{learner}/withdraw",
                plain.json(c -> Map.of("reason", "업무 일정으로 중단")));
        row("GET /api/sessions/{session}/check-in-code");
        row("GET /api/sessions/{session}/check-in-code.svg");
        row("GET /api/sessions/{session}/check-in-code.png");
        row("POST /api/sessions/{session}/check-in", plain.json(c -> Map.of("code", liveCode(c))));
        row(
                "POST /api/sessions/{session}/check-out",
                plain.json(c -> Map.of("code", liveCode(c)))
                        .prepare(c -> given().auth()
                                .oauth2(c.worlds().token(c.actor()))
                                .contentType("application/json")
                                .body(Map.of("code", liveCode(c)))
                                .post("/api/sessions/" + c.world().session().id() + "/check-in")
                                .then()
                                .statusCode(200)));
        row("POST /api/sessions/{session}/close", plain.json(c -> Map.of()));
        row("GET /api/sessions/{session}/attendance");
        row("PUT /api/sessions/{session}/attendance/{learner}", plain.json(c -> Map.of("status", "PRESENT")));
        row("GET /api/sessions/{session}/attendance/{learner}/history");
        row(
                "POST /api/sessions/{session}/attendance/{learner}/correction-requests",
                plain.json(c -> Map.of("requestedStatus", "PRESENT", "reason", "출입 카드 기록이 있습니다"))
                        .options(noCorrection));
        row("POST /api/correction-requests/{correction}/accept", plain.json(c -> Map.of("reason", "확인함")));
        row("POST /api/correction-requests/{correction}/reject", plain.json(c -> Map.of("reason", "근거 부족")));
        row(
                "POST /api/cohorts/{cohort}/practice-logs",
                plain.json(c -> Map.of(
                        "minutes",
                        60,
                        "performedOn",
                        LocalDate.now().minusDays(1).toString(),
                        "description",
                        "자율 실습")));
        row("GET /api/cohorts/{cohort}/practice-logs");
        row("POST /api/practice-logs/{log}/approve", plain.json(c -> Map.of()));
        row("POST /api/practice-logs/{log}/reject", plain.json(c -> Map.of("reason", "증빙 부족")));
        row(
                "POST /api/cohorts/{cohort}/practicum-adjustments",
                plain.json(c -> Map.of("userId", c.id(Actor.LEARNER), "minutes", 30, "reason", "외부 실습 인정")));
        row("GET /api/cohorts/{cohort}/progress/{learner}");
        row("GET /api/cohorts/{cohort}/progress");
        row("GET /api/cohorts/{cohort}/attendance-sheet.csv");
        row("GET /api/cohorts/{cohort}/attendance-sheet.xlsx");
        row(
                "POST /api/materials",
                plain.multipart(c ->
                        Map.of("scope", "COHORT", "scopeId", c.world().cohort().id())));
        row(
                "GET /api/materials",
                plain.query(c ->
                        Map.of("scope", "COHORT", "scopeId", c.world().cohort().id())));
        row("GET /api/materials/{material}/content", plain.readStatus(303));
        row("DELETE /api/materials/{material}");
        row("GET /api/cohorts/{cohort}/submissions", plain.userIds("learnerId"));
        row("GET /api/submissions/queue", plain.lists("id", World::submission));
        row("POST /api/submissions/{submission}/review", plain.json(c -> Map.of("decision", "ACCEPTED")));

        row(
                "POST /login",
                plain.form(
                        c -> Map.of("email", c.world().user(Actor.LEARNER).email(), "password", AccessWorld.PASSWORD)));
        row("GET /login");
        row("POST /logout");
        row("GET /lang/{lang}");
        row("GET /");
        row("GET /courses");
        row("GET /courses/{course}");
        row("GET /courses/{course}/lessons/{lesson}");
        row("POST /courses/{course}/lessons/{lesson}/complete");
        row("GET /courses/{course}/files/{file}");
        row("GET /admin/catalog");
        row("POST /admin/catalog/reload");
        row("GET /admin/companies");
        row(
                "POST /admin/companies",
                plain.form(c -> Map.of(
                        "name",
                        "행렬 화면 " + TestData.unique(),
                        "businessNumber",
                        TestData.validBusinessNumber(),
                        "sizeClass",
                        "SMALL",
                        "industry",
                        "제조",
                        "region",
                        "SEOUL")));
        row("GET /admin/companies/{company}");
        row(
                "POST /admin/companies/{company}",
                plain.form(c -> Map.of(
                        "name",
                        c.world().people().companyA().name(),
                        "businessNumber",
                        c.world().people().companyA().businessNumber(),
                        "sizeClass",
                        "SMALL",
                        "industry",
                        "제조",
                        "region",
                        "SEOUL")));
        row("GET /admin/users");
        row(
                "POST /admin/users",
                plain.form(c -> Map.of(
                        "email",
                        newEmail(),
                        "name",
                        "화면 등록",
                        "roles",
                        "LEARNER",
                        "companyId",
                        c.world().people().companyA().id(),
                        "password",
                        "new-person-1")));
        row("POST /admin/users/import", plain.upload(c -> peopleCsv(c, "화면 일괄")).changeStatus(200));
        row("GET /admin/users/{user}");
        row(
                "POST /admin/users/{user}",
                plain.form(c -> Map.of(
                        "email",
                        c.world().user(Actor.LEARNER).email(),
                        "name",
                        c.world().user(Actor.LEARNER).name(),
                        "roles",
                        "LEARNER",
                        "companyId",
                        c.world().people().companyA().id())));
        row("GET /cohorts/company");
        row("GET /cohorts/{cohort}");
        row("GET /cohorts/{cohort}/me");
        row(
                "POST /cohorts/{cohort}/me/practice-logs",
                plain.form(c -> Map.of(
                        "minutes",
                        "45",
                        "performedOn",
                        LocalDate.now().minusDays(1).toString(),
                        "description",
                        "화면 기록")));
        row("POST /cohorts/{cohort}/practice-logs/{log}", plain.form(c -> Map.of("decision", "approve")));
        row("GET /cohorts/{cohort}/submission");
        row("GET /reviews");
        row("POST /reviews/{submission}", plain.form(c -> Map.of("decision", "ACCEPTED")));
        row("GET /check-in/{session}");
        row("POST /check-in/{session}", plain.form(c -> Map.of("code", liveCode(c))));
        row("GET /sessions/{session}/live");
        row("POST /sessions/{session}/close");
        row("GET /sessions/{session}/correction");
        row(
                "POST /sessions/{session}/correction",
                plain.form(c -> Map.of("status", "PRESENT", "reason", "기록 누락")).options(noCorrection));
        row(
                "POST /correction-requests/{correction}",
                plain.form(c -> Map.of(
                        "decision",
                        "accept",
                        "reason",
                        "확인함",
                        "cohortId",
                        c.world().cohort().id())));
        row("GET /sessions/{session}/attendance/{learner}/edit");
        row("POST /sessions/{session}/attendance/{learner}/edit", plain.form(c -> Map.of("status", "PRESENT")));
        row("GET /files/{token}");
    }
}
