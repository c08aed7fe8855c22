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
import kr.axcampus.cohort.dto.CohortView;
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
     * How to exercise a row: its body (JSON, page form, CSV, an uploaded CSV file, multipart
     * fields), query, what must exist first, the world it needs, the status a change or read
     * answers when not the default, and where a list shows its people or its object.
     */
    static final class Recipe {
        private Function<Call, Object> json;
        private Function<Call, Map<String, String>> form;
        private Function<Call, String> csv;
        private Function<Call, String> upload;
        private Function<Call, Map<String, String>> multipart;
        private Function<Call, Map<String, String>> pageMultipart;
        private Function<Call, Map<String, Object>> query;
        private Consumer<Call> prepare;
        private AccessWorld.Options options = AccessWorld.Options.FULL;
        private Integer changeStatus;
        private Integer readStatus;
        private String userIdsPath = "userId";
        private String listPath;
        private Function<World, String> listed;
        private Function<Call, String> person;
        private boolean sessionless;

        /** Sent without the actor's session (signing out would end it for every later row). */
        Recipe sessionless() {
            sessionless = true;
            return this;
        }

        boolean isSessionless() {
            return sessionless;
        }

        /** Who {@code {user}} is for this row, when not the learner (deactivating them would end the table's world). */
        Recipe person(Function<Call, String> id) {
            person = id;
            return this;
        }

        Function<Call, String> person() {
            return person;
        }

        Recipe json(Function<Call, Object> body) {
            json = body;
            return this;
        }

        Recipe form(Function<Call, Map<String, String>> fields) {
            form = fields;
            return this;
        }

        Recipe csv(Function<Call, String> body) {
            csv = body;
            return this;
        }

        Recipe upload(Function<Call, String> file) {
            upload = file;
            return this;
        }

        /** A page form sent as multipart (it carries a file): the fields, the CSRF token and a small PDF as {@code evidence}. */
        Recipe pageMultipart(Function<Call, Map<String, String>> fields) {
            pageMultipart = fields;
            return this;
        }

        Function<Call, Map<String, String>> pageMultipart() {
            return pageMultipart;
        }

        Recipe multipart(Function<Call, Map<String, String>> fields) {
            multipart = fields;
            return this;
        }

        Recipe query(Function<Call, Map<String, Object>> params) {
            query = params;
            return this;
        }

        Recipe prepare(Consumer<Call> before) {
            prepare = before;
            return this;
        }

        Recipe options(AccessWorld.Options world) {
            options = world;
            return this;
        }

        Recipe changeStatus(int status) {
            changeStatus = status;
            return this;
        }

        Recipe readStatus(int status) {
            readStatus = status;
            return this;
        }

        Recipe userIds(String path) {
            userIdsPath = path;
            return this;
        }

        Recipe lists(String path, Function<World, String> object) {
            listPath = path;
            listed = object;
            return this;
        }

        Function<Call, Object> json() {
            return json;
        }

        Function<Call, Map<String, String>> form() {
            return form;
        }

        Function<Call, String> csv() {
            return csv;
        }

        Function<Call, String> upload() {
            return upload;
        }

        Function<Call, Map<String, String>> multipart() {
            return multipart;
        }

        Function<Call, Map<String, Object>> query() {
            return query;
        }

        Consumer<Call> prepare() {
            return prepare;
        }

        AccessWorld.Options options() {
            return options;
        }

        Integer changeStatus() {
            return changeStatus;
        }

        Integer readStatus() {
            return readStatus;
        }

        String userIdsPath() {
            return userIdsPath;
        }

        String listPath() {
            return listPath;
        }

        Function<World, String> listed() {
            return listed;
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
        row(action, new Recipe());
    }

    /** The placeholders of the table's paths, filled with the world's objects (and the row's person). */
    static String expand(String path, Recipe recipe, Call call) {
        World w = call.world();
        String person = recipe.person() != null ? recipe.person().apply(call) : w.id(Actor.LEARNER);
        return path.replace("{cohort}", w.cohort().id())
                .replace(
                        "{session}",
                        w.session() == null ? "no-session" : w.session().id())
                .replace("{learner}", w.id(Actor.LEARNER))
                .replace("{user}", person)
                .replace("{company}", w.people().companyA().id())
                .replace("{course}", AccessWorld.COURSE)
                .replace("{lesson}", w.lesson())
                .replace("{file}", encodePath(w.file()))
                .replace("{material}", w.material())
                .replace("{submission}", w.submission())
                .replace("{log}", w.log())
                .replace("{correction}", w.correction() == null ? "no-correction" : w.correction())
                .replace("{diagnosis}", w.diagnosis() == null ? "no-diagnosis" : w.diagnosis())
                .replace("{item}", w.roadmapItem() == null ? "no-item" : w.roadmapItem())
                .replace("{certificate}", w.certificate() == null ? "AX00-NOCERTIF" : w.certificate())
                .replace("{coaching}", w.coaching() == null ? "no-coaching" : w.coaching())
                .replace("{event}", w.event() == null ? "no-event" : w.event())
                .replace("{practice}", w.practice() == null ? "no-practice" : w.practice())
                .replace("{notice}", w.notice() == null ? "no-notice" : w.notice())
                .replace("{lang}", "en")
                .replace("{token}", "forged-link-token");
    }

    private static String encodePath(String path) {
        return Arrays.stream(path.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static Recipe diagnosed() {
        return new Recipe().options(AccessWorld.Options.DIAGNOSED);
    }

    /** Reminders by mail, as the centre's default already is: the row changes nothing other tests see. */
    private static Map<String, String> remindersByMail(Call call) {
        return Map.of("shown", "SESSION_REMINDER", "mail", "SESSION_REMINDER");
    }

    private static Recipe coached() {
        return new Recipe().options(AccessWorld.Options.COACHED);
    }

    /** The coach resolves the world's coaching request, so the learner can rate it. */
    static void resolveCoaching(Call call) {
        given().auth()
                .oauth2(call.worlds().token(Actor.INSTRUCTOR))
                .contentType("application/json")
                .body(Map.of("summary", "해결"))
                .post("/api/coaching-requests/" + call.world().coaching() + "/resolve")
                .then()
                .statusCode(200);
    }

    static final Map<String, Object> COACHING_VISIT = Map.of(
            "startsAt",
            OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
            "minutes",
            60,
            "mode",
            "ON_SITE",
            "notes",
            "현장 코칭");

    private static Recipe withEvent() {
        return new Recipe().options(AccessWorld.Options.EVENT);
    }

    /** The code the operator's live screen of the world's event shows now. */
    static String eventCode(Call call) {
        return given().auth()
                .oauth2(call.worlds().token(Actor.OPERATOR))
                .get("/api/events/" + call.world().event() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
    }

    private static Map<String, Object> newEvent() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
        return Map.of(
                "title",
                "행렬 신규 공유회",
                "startsAt",
                start.toString(),
                "endsAt",
                start.plusHours(2).toString(),
                "location",
                "https://meet.example.kr/ax",
                "capacity",
                20);
    }

    /** A draft case of company A by the learner, to link to an event; its id. */
    private static String newCase(Call call) {
        return given().auth()
                .oauth2(call.worlds().token(Actor.LEARNER))
                .contentType("application/json")
                .body(AccessWorld.bestPracticeBody(
                        call.world().people().companyA().id()))
                .post("/api/best-practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Recipe withCase(AccessWorld.Options options) {
        return new Recipe().options(options);
    }

    /** Best-practice cases: the API, the public showcase and their pages. */
    private static void bestPracticeRows() {
        row(
                "POST /api/best-practices",
                new Recipe()
                        .json(c -> AccessWorld.bestPracticeBody(
                                c.world().people().companyA().id())));
        row("GET /api/best-practices", withCase(AccessWorld.Options.CASE).lists("items.id", World::practice));
        row("GET /api/best-practices/{practice}", withCase(AccessWorld.Options.CASE));
        row(
                "PUT /api/best-practices/{practice}",
                withCase(AccessWorld.Options.CASE)
                        .json(c -> AccessWorld.bestPracticeBody(
                                c.world().people().companyA().id())));
        row("POST /api/best-practices/{practice}/submit", withCase(AccessWorld.Options.CASE));
        row("POST /api/best-practices/{practice}/consent", withCase(AccessWorld.Options.CASE));
        row("POST /api/best-practices/{practice}/withdraw-consent", withCase(AccessWorld.Options.CASE_PUBLISHED));
        row("POST /api/best-practices/{practice}/publish", withCase(AccessWorld.Options.CASE_CONSENTED));
        row("POST /api/best-practices/{practice}/unpublish", withCase(AccessWorld.Options.CASE_PUBLISHED));
        row("GET /api/public/best-practices");
        row("GET /api/public/best-practices/summary");
        row("GET /api/public/best-practices/{practice}", withCase(AccessWorld.Options.CASE_PUBLISHED));
        row("GET /showcase");
        row("GET /showcase/{practice}", withCase(AccessWorld.Options.CASE_PUBLISHED));
        row("GET /best-practices");
        row("GET /best-practices/new");
        row("POST /best-practices", new Recipe().form(AccessRecipes::caseForm));
        row("GET /best-practices/{practice}/edit", withCase(AccessWorld.Options.CASE));
        row(
                "POST /best-practices/{practice}/edit",
                withCase(AccessWorld.Options.CASE).form(AccessRecipes::caseForm));
        row("POST /best-practices/{practice}/submit", withCase(AccessWorld.Options.CASE));
        row("POST /best-practices/{practice}/consent", withCase(AccessWorld.Options.CASE));
        row("POST /best-practices/{practice}/withdraw-consent", withCase(AccessWorld.Options.CASE_PUBLISHED));
        row("POST /best-practices/{practice}/publish", withCase(AccessWorld.Options.CASE_CONSENTED));
        row("POST /best-practices/{practice}/unpublish", withCase(AccessWorld.Options.CASE_PUBLISHED));
    }

    /** The case editor's fields for company A, one figure row filled. */
    private static Map<String, String> caseForm(Call c) {
        Map<String, String> form = new HashMap<>();
        form.put("companyId", c.world().people().companyA().id());
        form.put("title", "견적서 초안 자동화");
        form.put("problem", "품목마다 단가를 손으로 찾는다");
        form.put("approach", "생성형 AI로 초안을 만든다");
        form.put("tools", "사내 단가표");
        form.put("tags", "document-automation");
        form.put("figures[0].name", "HOURS_PER_MONTH");
        form.put("figures[0].unit", "시간");
        form.put("figures[0].before", "40");
        form.put("figures[0].after", "12");
        form.put("figures[0].months", "3");
        return form;
    }

    /** The instructor closes the world's cohort, so an operator can reopen it. */
    static void closeCohort(Call call) {
        given().auth()
                .oauth2(call.worlds().token(Actor.INSTRUCTOR))
                .contentType("application/json")
                .post("/api/cohorts/" + call.world().cohort().id() + "/close")
                .then()
                .statusCode(200);
    }

    /** The expert submits the world's diagnosis, so its CEO can sign it off. */
    static void submitDiagnosis(Call call) {
        given().auth()
                .oauth2(call.worlds().token(Actor.INSTRUCTOR))
                .contentType("application/json")
                .post("/api/diagnoses/" + call.world().diagnosis() + "/submit")
                .then()
                .statusCode(200);
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

    /** The cohort's own details, as a change that keeps everything (its instructor too). */
    private static Map<String, Object> sameCohort(CohortView cohort) {
        return Map.of(
                "courseCode", cohort.courseCode(),
                "code", cohort.code(),
                "startDate", cohort.startDate().toString(),
                "endDate", cohort.endDate().toString(),
                "capacity", cohort.capacity(),
                "mode", cohort.mode().name(),
                "instructorIds", cohort.instructorIds());
    }

    private static Map<String, String> cohortForm(CohortView cohort) {
        return Map.of(
                "courseCode", cohort.courseCode(),
                "code", cohort.code(),
                "startDate", cohort.startDate().toString(),
                "endDate", cohort.endDate().toString(),
                "capacity", Integer.toString(cohort.capacity()),
                "mode", cohort.mode().name(),
                "instructorIds", cohort.instructorIds().get(0));
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

    /** A company's fields, for the API's JSON and the page's form alike. */
    private static Map<String, String> companyFields(String name, String businessNumber) {
        return Map.of(
                "name",
                name,
                "businessNumber",
                businessNumber,
                "sizeClass",
                "SMALL",
                "industry",
                "제조",
                "region",
                "SEOUL");
    }

    private static Map<String, String> newCompany(String name) {
        return companyFields(name + " " + TestData.unique(), TestData.validBusinessNumber());
    }

    /** Company A as it is: saving it changes nothing, so every actor's answer is about access alone. */
    private static Map<String, String> companyA(Call c) {
        return companyFields(
                c.world().people().companyA().name(),
                c.world().people().companyA().businessNumber());
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

        row(
                "POST /api/auth/login",
                new Recipe()
                        .json(c -> Map.of(
                                "email", c.world().user(Actor.LEARNER).email(), "password", AccessWorld.PASSWORD)));
        row("GET /api/me");
        row("GET /.well-known/jwks.json");
        row("GET /api/regions");
        row("GET /api/users");
        row(
                "POST /api/users",
                new Recipe()
                        .json(c -> Map.of(
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
        row("POST /api/users/import", new Recipe().csv(c -> peopleCsv(c, "일괄 등록")));
        row("GET /api/users/{user}");
        row(
                "POST /api/users/{user}/deactivate",
                new Recipe()
                        .json(c -> Map.of("reason", "퇴사"))
                        .person(c -> c.worlds().newcomer().id()));
        row("POST /api/users/{user}/reactivate", new Recipe().json(c -> Map.of("reason", "복직")));
        row("GET /api/users/{user}/history");
        row("GET /api/personal-data/reads");
        row("GET /api/personal-data/{user}/export");
        row(
                "POST /api/personal-data/{user}/erase",
                new Recipe()
                        .json(c -> Map.of("reason", "퇴사 후 삭제 요청"))
                        .person(c -> c.worlds().newcomer().id()));
        row("PUT /api/users/{user}", new Recipe().json(AccessRecipes::learnerAsPerson));
        row(
                "GET /api/companies",
                new Recipe().lists("items.id", w -> w.people().companyA().id()));
        row("POST /api/companies", new Recipe().json(c -> newCompany("행렬 신규")));
        row("GET /api/companies/{company}");
        row("PUT /api/companies/{company}", new Recipe().json(AccessRecipes::companyA));
        row("GET /api/industries");
        row("GET /api/catalog/tags");
        row("GET /api/diagnosis/questionnaire");
        row(
                "POST /api/companies/{company}/diagnoses",
                new Recipe()
                        .json(c -> Map.of(
                                "expertId",
                                c.id(Actor.INSTRUCTOR),
                                "visitedOn",
                                LocalDate.now().toString())));
        row(
                "GET /api/companies/{company}/diagnoses",
                new Recipe().options(AccessWorld.Options.DIAGNOSED).lists("items.id", World::diagnosis));
        row("GET /api/diagnoses/{diagnosis}", diagnosed());
        row(
                "PUT /api/diagnoses/{diagnosis}/answers",
                diagnosed().json(c -> Map.of("answers", Map.of("strategy-vision", 4), "notes", Map.of("data", "메모"))));
        row(
                "PUT /api/diagnoses/{diagnosis}/self-assessment",
                diagnosed().json(c -> Map.of("answers", Map.of("strategy-vision", 2))));
        row("POST /api/diagnoses/{diagnosis}/bottlenecks", diagnosed().json(c -> TestData.BOTTLENECK));
        row("GET /api/diagnoses/{diagnosis}/suggestions", diagnosed());
        row(
                "POST /api/diagnoses/{diagnosis}/roadmap-items",
                diagnosed()
                        .json(c -> AccessWorld.roadmapItem(
                                c.world().bottleneck(),
                                c.id(Actor.LEARNER),
                                c.world().cohort().id())));
        row("GET /api/diagnoses/{diagnosis}/report.pdf", diagnosed());
        row("POST /api/diagnoses/{diagnosis}/submit", diagnosed());
        row("POST /api/diagnoses/{diagnosis}/sign-off", diagnosed().prepare(AccessRecipes::submitDiagnosis));
        row("POST /api/roadmap-items/{item}/enroll", diagnosed());
        row(
                "POST /api/coaching-requests",
                new Recipe().json(c -> Map.of("title", "막힌 문제", "problem", "자동화가 멈춘다", "urgency", "HIGH")));
        row("GET /api/coaching-requests", coached().lists("items.id", World::coaching));
        row("GET /api/me/notices", coached().lists("items.id", World::notice));
        row("POST /api/me/notices/{notice}/read", coached());
        row("GET /api/me/notice-preferences");
        row("PUT /api/me/notice-preferences", new Recipe().json(c -> Map.of("mail", Map.of("AT_RISK", true))));
        row("GET /api/notice-defaults");
        row("PUT /api/notice-defaults", new Recipe().json(c -> Map.of("mail", Map.of("SESSION_REMINDER", true))));
        row("GET /api/sent-notices");
        row("GET /api/coaching-requests/service-levels");
        row("GET /api/coaching-requests/{coaching}", coached());
        row(
                "POST /api/coaching-requests/{coaching}/assign",
                coached().json(c -> Map.of("coachId", c.id(Actor.INSTRUCTOR))));
        row("POST /api/coaching-requests/{coaching}/visits", coached().json(c -> COACHING_VISIT));
        row("POST /api/coaching-requests/{coaching}/resolve", coached().json(c -> Map.of("summary", "해결")));
        row("POST /api/coaching-requests/{coaching}/close", coached().json(c -> Map.of("summary", "종료")));
        row(
                "POST /api/coaching-requests/{coaching}/rating",
                coached().prepare(AccessRecipes::resolveCoaching).json(c -> Map.of("score", 4)));
        row("POST /api/cohorts/{cohort}/close", new Recipe().options(AccessWorld.Options.ENDED));
        row(
                "POST /api/cohorts/{cohort}/reopen",
                new Recipe()
                        .options(AccessWorld.Options.ENDED)
                        .prepare(AccessRecipes::closeCohort)
                        .json(c -> Map.of("reason", "출결 정정")));
        row(
                "GET /api/cohorts/{cohort}/results",
                new Recipe().options(AccessWorld.Options.CLOSED).userIds("userId"));
        row("GET /api/cohorts/{cohort}/closures", new Recipe().options(AccessWorld.Options.CLOSED));
        row("GET /api/reports/centre");
        row("GET /api/reports/cohorts/{cohort}/roster");
        row("GET /api/reports/cohorts/{cohort}/roster.csv");
        row("GET /api/reports/cohorts/{cohort}/roster.xlsx");
        row("GET /api/certificates/{certificate}.pdf", new Recipe().options(AccessWorld.Options.CLOSED));
        row(
                "POST /api/certificates/{certificate}/revoke",
                new Recipe().options(AccessWorld.Options.CLOSED).json(c -> Map.of("reason", "부정 수료")));
        row("GET /api/public/certificates/{certificate}", new Recipe().options(AccessWorld.Options.CLOSED));
        row("GET /verify/{certificate}", new Recipe().options(AccessWorld.Options.CLOSED));
        bestPracticeRows();
        row("POST /cohorts/{cohort}/close", new Recipe().options(AccessWorld.Options.ENDED));
        row(
                "POST /admin/cohorts/{cohort}/reopen",
                new Recipe()
                        .options(AccessWorld.Options.ENDED)
                        .prepare(AccessRecipes::closeCohort)
                        .form(c -> Map.of("reason", "출결 정정")));
        // Sharing events (stage 3): the world's event has the learner in a seat.
        row("POST /api/events", new Recipe().json(c -> newEvent()));
        row("GET /api/events", withEvent().query(c -> Map.of("size", 200)).lists("items.id", World::event));
        row("GET /api/events/{event}", withEvent());
        row("POST /api/events/{event}/registrations", withEvent());
        row("DELETE /api/events/{event}/registrations/me", withEvent());
        row("GET /api/events/{event}/check-in-code", withEvent());
        row("GET /api/events/{event}/check-in-code.svg", withEvent());
        row("POST /api/events/{event}/check-in", withEvent().json(c -> Map.of("code", eventCode(c))));
        row("POST /api/events/{event}/cases", withEvent().json(c -> Map.of("bestPracticeId", newCase(c))));
        row("GET /api/events/{event}/cases", withEvent());
        row("GET /api/me/calendar");
        row("POST /api/me/calendar/reset");
        row("GET /api/sessions/{session}.ics");
        row("GET /calendar/{token}.ics");
        row("GET /api/courses");
        row("GET /api/courses/{course}");
        row("GET /api/courses/{course}/lessons/{lesson}");
        row("POST /api/courses/{course}/lessons/{lesson}/complete");
        row("GET /api/courses/{course}/progress");
        row("POST /api/catalog/reload");
        row("GET /api/catalog/imports/latest");
        row(
                "POST /api/cohorts",
                new Recipe()
                        .json(c -> Map.of(
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
        row("GET /api/cohorts", new Recipe().lists("items.id", w -> w.cohort().id()));
        row("GET /api/cohorts/{cohort}");
        row(
                "PUT /api/cohorts/{cohort}",
                new Recipe().json(c -> sameCohort(c.world().cohort())));
        row("POST /api/cohorts/{cohort}/sessions", new Recipe().json(c -> session(3)));
        row("GET /api/cohorts/{cohort}/sessions");
        row(
                "POST /api/cohorts/{cohort}/sessions/generate",
                new Recipe().json(c -> Map.of()).options(unscheduled));
        row("PUT /api/sessions/{session}", new Recipe().json(c -> session(4)));
        row(
                "POST /api/sessions/{session}/cancel",
                new Recipe().json(c -> Map.of("reason", "강사 일정")).options(AccessWorld.Options.UPCOMING));
        row("GET /api/sessions/{session}/history");
        // Enrolments take a newcomer: the table's own people must stay where the table puts them.
        row(
                "POST /api/cohorts/{cohort}/enrollments",
                new Recipe().json(c -> Map.of("userId", c.worlds().newcomer().id())));
        row(
                "POST /api/cohorts/{cohort}/enrollments/import",
                new Recipe().csv(c -> "email\n" + c.worlds().newcomer().email() + "\n"));
        row(
                "POST /api/cohorts/{cohort}/enrollments/company",
                new Recipe().json(c -> Map.of("companyId", c.worlds().newcomer().companyId())));
        row("GET /api/cohorts/{cohort}/enrollments");
        row(
                "POST /api/cohorts/{cohort}/enrollments/{learner}/withdraw",
                new Recipe().json(c -> Map.of("reason", "업무 일정으로 중단")));
        row("GET /api/sessions/{session}/check-in-code");
        row("GET /api/sessions/{session}/check-in-code.svg");
        row("GET /api/sessions/{session}/check-in-code.png");
        row("POST /api/sessions/{session}/check-in", new Recipe().json(c -> Map.of("code", liveCode(c))));
        row(
                "POST /api/sessions/{session}/check-out",
                new Recipe()
                        .json(c -> Map.of("code", liveCode(c)))
                        .prepare(c -> given().auth()
                                .oauth2(c.worlds().token(c.actor()))
                                .contentType("application/json")
                                .body(Map.of("code", liveCode(c)))
                                .post("/api/sessions/" + c.world().session().id() + "/check-in")
                                .then()
                                .statusCode(200)));
        row("POST /api/sessions/{session}/close", new Recipe().json(c -> Map.of()));
        row("GET /api/sessions/{session}/attendance");
        row("PUT /api/sessions/{session}/attendance/{learner}", new Recipe().json(c -> Map.of("status", "PRESENT")));
        row("POST /api/sessions/{session}/attendance/all-present", new Recipe().json(c -> Map.of()));
        row("GET /api/sessions/{session}/attendance/{learner}/history");
        row(
                "POST /api/sessions/{session}/attendance/{learner}/correction-requests",
                new Recipe()
                        .json(c -> Map.of("requestedStatus", "PRESENT", "reason", "출입 카드 기록이 있습니다"))
                        .options(noCorrection));
        row("POST /api/correction-requests/{correction}/accept", new Recipe().json(c -> Map.of("reason", "확인함")));
        row("POST /api/correction-requests/{correction}/reject", new Recipe().json(c -> Map.of("reason", "근거 부족")));
        row(
                "POST /api/cohorts/{cohort}/practice-logs",
                new Recipe()
                        .json(c -> Map.of(
                                "minutes",
                                60,
                                "performedOn",
                                LocalDate.now().minusDays(1).toString(),
                                "description",
                                "자율 실습")));
        row("GET /api/cohorts/{cohort}/practice-logs");
        row("POST /api/practice-logs/{log}/approve", new Recipe().json(c -> Map.of()));
        row("POST /api/practice-logs/{log}/reject", new Recipe().json(c -> Map.of("reason", "증빙 부족")));
        row(
                "POST /api/cohorts/{cohort}/practicum-adjustments",
                new Recipe().json(c -> Map.of("userId", c.id(Actor.LEARNER), "minutes", 30, "reason", "외부 실습 인정")));
        row("GET /api/cohorts/{cohort}/progress/{learner}");
        row("GET /api/cohorts/{cohort}/progress");
        row("GET /api/cohorts/{cohort}/attendance-sheet.csv");
        row("GET /api/cohorts/{cohort}/attendance-sheet.xlsx");
        row(
                "POST /api/materials",
                new Recipe()
                        .multipart(c -> Map.of(
                                "scope", "COHORT", "scopeId", c.world().cohort().id())));
        row(
                "GET /api/materials",
                new Recipe()
                        .query(c -> Map.of(
                                "scope", "COHORT", "scopeId", c.world().cohort().id())));
        row("GET /api/materials/{material}/content", new Recipe().readStatus(303));
        row("DELETE /api/materials/{material}");
        row("GET /api/cohorts/{cohort}/submissions", new Recipe().userIds("learnerId"));
        row("GET /api/submissions/queue", new Recipe().lists("id", World::submission));
        row("POST /api/submissions/{submission}/review", new Recipe().json(c -> Map.of("decision", "ACCEPTED")));

        row(
                "POST /login",
                new Recipe()
                        .form(c -> Map.of(
                                "email", c.world().user(Actor.LEARNER).email(), "password", AccessWorld.PASSWORD)));
        row("GET /login");
        row("POST /logout", new Recipe().sessionless());
        row("GET /lang/{lang}");
        row("GET /");
        row("GET /courses");
        row("GET /courses/{course}");
        row("GET /courses/{course}/lessons/{lesson}");
        row("POST /courses/{course}/lessons/{lesson}/complete");
        row("GET /courses/{course}/files/{file}");
        row("GET /admin/catalog");
        row("POST /admin/catalog/reload");
        row("GET /admin/dashboard");
        row("GET /coaching", coached());
        row("GET /coaching/new");
        row(
                "POST /coaching",
                new Recipe().form(c -> Map.of("title", "막힌 문제", "problem", "자동화가 멈춘다", "urgency", "LOW")));
        row("GET /coaching/{coaching}", coached());
        row("POST /coaching/{coaching}/assign", coached().form(c -> Map.of("coachId", c.id(Actor.INSTRUCTOR))));
        row(
                "POST /coaching/{coaching}/visits",
                coached()
                        .form(c -> Map.of(
                                "startsAt",
                                LocalDate.now().atTime(9, 0).toString(),
                                "minutes",
                                "90",
                                "mode",
                                "ONLINE")));
        row("POST /coaching/{coaching}/resolve", coached().form(c -> Map.of("summary", "해결")));
        row("POST /coaching/{coaching}/close", coached().form(c -> Map.of("summary", "종료")));
        row(
                "POST /coaching/{coaching}/rating",
                coached().prepare(AccessRecipes::resolveCoaching).form(c -> Map.of("score", "5")));
        row("GET /admin/coaching", coached());
        row("GET /notices", coached());
        row("GET /notices/{notice}/open", coached().readStatus(303));
        row("POST /notices/{notice}/read", coached().form(c -> Map.of()));
        row("POST /notices/preferences", new Recipe().form(c -> Map.of("shown", "AT_RISK", "mail", "AT_RISK")));
        row("GET /admin/notices");
        row("POST /admin/notices/defaults", new Recipe().form(AccessRecipes::remindersByMail));
        row("GET /events", withEvent());
        row("GET /events/{event}", withEvent());
        row("POST /events/{event}/register", withEvent());
        row("POST /events/{event}/cancel", withEvent());
        row("POST /events/{event}/check-in", withEvent().form(c -> Map.of("code", eventCode(c))));
        row("GET /admin/events", withEvent());
        row(
                "POST /admin/events",
                new Recipe()
                        .form(c -> Map.of(
                                "title", "행렬 화면 공유회",
                                "day", LocalDate.now().plusDays(10).toString(),
                                "startsAt", "14:00",
                                "endsAt", "16:00",
                                "location", "AX 캠퍼스 강당",
                                "capacity", "30")));
        row("GET /admin/events/{event}/live", withEvent());
        row("GET /me");
        row("POST /me/calendar/reset");
        row("GET /admin/diagnoses");
        row(
                "POST /admin/diagnoses",
                new Recipe()
                        .form(c -> Map.of(
                                "companyId", c.world().people().companyA().id(),
                                "expertId", c.id(Actor.INSTRUCTOR),
                                "visitedOn", LocalDate.now().toString())));
        row("GET /diagnoses", diagnosed());
        row("GET /diagnoses/{diagnosis}", diagnosed());
        row("GET /diagnoses/{diagnosis}/form", diagnosed());
        row(
                "POST /diagnoses/{diagnosis}/form",
                diagnosed().form(c -> Map.of("q.strategy-vision", "4", "note.data", "메모", "participants", "대표")));
        row(
                "POST /diagnoses/{diagnosis}/bottlenecks",
                diagnosed()
                        .form(c -> TestData.BOTTLENECK.entrySet().stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))));
        row(
                "POST /diagnoses/{diagnosis}/roadmap-items",
                diagnosed()
                        .form(c -> AccessWorld.roadmapItem(
                                        c.world().bottleneck(),
                                        c.id(Actor.LEARNER),
                                        c.world().cohort().id())
                                .entrySet()
                                .stream()
                                .collect(Collectors.toMap(
                                        Map.Entry::getKey,
                                        e -> e.getValue() instanceof List<?> l
                                                ? String.valueOf(l.get(0))
                                                : String.valueOf(e.getValue())))));
        row("POST /diagnoses/{diagnosis}/submit", diagnosed());
        row("GET /diagnoses/{diagnosis}/self", diagnosed());
        row("POST /diagnoses/{diagnosis}/self", diagnosed().form(c -> Map.of("q.strategy-vision", "2")));
        row("POST /diagnoses/{diagnosis}/sign-off", diagnosed().prepare(AccessRecipes::submitDiagnosis));
        row("POST /diagnoses/{diagnosis}/roadmap-items/{item}/enroll", diagnosed());
        row("GET /admin/companies");
        row("POST /admin/companies", new Recipe().form(c -> newCompany("행렬 화면")));
        row("GET /admin/companies/{company}");
        row("POST /admin/companies/{company}", new Recipe().form(AccessRecipes::companyA));
        row("GET /admin/users");
        row("GET /admin/cohorts");
        row(
                "POST /admin/cohorts",
                new Recipe()
                        .form(c -> Map.of(
                                "courseCode",
                                AccessWorld.COURSE,
                                "code",
                                "MP-" + TestData.unique(),
                                "startDate",
                                LocalDate.now().toString(),
                                "endDate",
                                LocalDate.now().plusDays(20).toString(),
                                "capacity",
                                "10",
                                "mode",
                                "ON_SITE")));
        row("GET /admin/cohorts/{cohort}");
        row(
                "POST /admin/cohorts/{cohort}",
                new Recipe().form(c -> cohortForm(c.world().cohort())));
        row(
                "POST /admin/cohorts/{cohort}/sessions/generate",
                new Recipe().form(c -> Map.of("weekdays", "1")).options(unscheduled));
        row(
                "POST /admin/cohorts/{cohort}/sessions",
                new Recipe()
                        .form(c -> Map.of(
                                "day", LocalDate.now().plusDays(5).toString(),
                                "startsAt", "09:00",
                                "endsAt", "12:00",
                                "kind", "LECTURE")));
        row(
                "POST /admin/cohorts/{cohort}/enrollments",
                new Recipe()
                        .form(c -> Map.of("userIds", c.worlds().newcomer().id()))
                        .changeStatus(200));
        row(
                "POST /admin/cohorts/{cohort}/enrollments/company",
                new Recipe()
                        .form(c -> Map.of("companyId", c.worlds().newcomer().companyId()))
                        .changeStatus(200));
        row(
                "POST /admin/cohorts/{cohort}/enrollments/import",
                new Recipe()
                        .upload(c -> "email\n" + c.worlds().newcomer().email() + "\n")
                        .changeStatus(200));
        row(
                "POST /admin/cohorts/{cohort}/enrollments/{learner}/withdraw",
                new Recipe().form(c -> Map.of("reason", "업무 일정")));
        row("GET /admin/sessions/{session}");
        row(
                "POST /admin/sessions/{session}",
                new Recipe()
                        .form(c -> Map.of(
                                "day", LocalDate.now().plusDays(6).toString(),
                                "startsAt", "13:00",
                                "endsAt", "17:00",
                                "kind", "PRACTICUM",
                                "reason", "강의실 변경")));
        row(
                "POST /admin/sessions/{session}/cancel",
                new Recipe().form(c -> Map.of("reason", "강사 일정")).options(AccessWorld.Options.UPCOMING));
        row("GET /admin/personal-data");
        row("GET /admin/personal-data/{user}/erase");
        row(
                "POST /admin/personal-data/{user}/erase",
                new Recipe()
                        .form(c -> Map.of("reason", "퇴사 후 삭제 요청"))
                        .person(c -> c.worlds().newcomer().id()));
        row(
                "POST /admin/users",
                new Recipe()
                        .form(c -> Map.of(
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
        row(
                "POST /admin/users/import",
                new Recipe().upload(c -> peopleCsv(c, "화면 일괄")).changeStatus(200));
        row("GET /admin/users/{user}");
        row("POST /admin/users/{user}/status", new Recipe().form(c -> Map.of("action", "reactivate", "reason", "복직")));
        row(
                "POST /admin/users/{user}",
                new Recipe()
                        .form(c -> Map.of(
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
                new Recipe()
                        .pageMultipart(c -> Map.of(
                                "minutes",
                                "45",
                                "performedOn",
                                LocalDate.now().minusDays(1).toString(),
                                "description",
                                "화면 기록")));
        row("POST /cohorts/{cohort}/practice-logs/{log}", new Recipe().form(c -> Map.of("decision", "approve")));
        row("GET /cohorts/{cohort}/submission");
        row("GET /reviews");
        row("POST /reviews/{submission}", new Recipe().form(c -> Map.of("decision", "ACCEPTED")));
        row("GET /check-in/{session}");
        row("POST /check-in/{session}", new Recipe().form(c -> Map.of("code", liveCode(c))));
        row("GET /sessions/{session}/live");
        row("POST /sessions/{session}/close");
        row("POST /sessions/{session}/all-present");
        row("GET /sessions/{session}/correction");
        row(
                "POST /sessions/{session}/correction",
                new Recipe()
                        .pageMultipart(c -> Map.of("status", "PRESENT", "reason", "기록 누락"))
                        .options(noCorrection));
        row(
                "POST /correction-requests/{correction}",
                new Recipe()
                        .form(c -> Map.of(
                                "decision",
                                "accept",
                                "reason",
                                "확인함",
                                "cohortId",
                                c.world().cohort().id())));
        row("GET /sessions/{session}/attendance/{learner}/edit");
        row("POST /sessions/{session}/attendance/{learner}/edit", new Recipe().form(c -> Map.of("status", "PRESENT")));
        row("GET /files/{token}");
    }
}
