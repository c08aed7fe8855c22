package kr.axcampus.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

import kr.axcampus.attendance.AttendanceStatus;
import kr.axcampus.attendance.CorrectionService;
import kr.axcampus.attendance.dto.CorrectionRequestBody;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.practicum.PracticumService;
import kr.axcampus.practicum.dto.PracticeLogRequest;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The world of docs/access.md: its people and companies made once, and for every world the
 * objects the table names — two cohorts, a session open now, a file on the cohort's shelf, the
 * learner's deliverable, pending practice log and correction request — made fresh through the
 * services and the API, so a change in one row never disturbs another.
 */
@ApplicationScoped
public class AccessWorld {
    public static final String COURSE = "PX-OFFICE-GENAI";
    static final String OTHER_COURSE = "PX-DATA-REPORTING";
    static final String PASSWORD = "matrix-pass-1";

    private final TestData data;
    private final PracticumService practicum;
    private final CorrectionService corrections;
    private final EntityManager em;
    private final UserService accounts;
    private People people;
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);

    public AccessWorld(
            TestData data,
            PracticumService practicum,
            CorrectionService corrections,
            UserService accounts,
            EntityManager em) {
        this.data = data;
        this.practicum = practicum;
        this.corrections = corrections;
        this.accounts = accounts;
        this.em = em;
    }

    /** The actors and their companies, shared by every world (signing people up is the slow part). */
    public record People(Map<Actor, UserView> users, CompanyView companyA, CompanyView companyB, CompanyView companyC) {
        public UserView user(Actor actor) {
            return users.get(actor);
        }
    }

    /** One world's objects, by the names the table uses. */
    public record World(
            People people,
            CohortView cohort,
            CohortView otherCohort,
            SessionView session,
            String material,
            String submission,
            String log,
            String correction,
            String lesson,
            String file,
            String diagnosis,
            String bottleneck,
            String roadmapItem,
            String certificate,
            String coaching,
            String event,
            String practice,
            String notice) {

        public UserView user(Actor actor) {
            return people.user(actor);
        }

        public String id(Actor actor) {
            return user(actor).id();
        }
    }

    synchronized People people() {
        if (people == null) {
            CompanyView a = data.company("행렬 A");
            CompanyView b = data.company("행렬 B");
            CompanyView c = data.company("행렬 C");
            Map<Actor, UserView> users = new EnumMap<>(Actor.class);
            users.put(Actor.OPERATOR, data.user(PASSWORD, null, Role.ADMIN));
            users.put(Actor.INSTRUCTOR, data.user(PASSWORD, null, Role.INSTRUCTOR));
            users.put(Actor.OTHER_INSTRUCTOR, data.user(PASSWORD, null, Role.INSTRUCTOR));
            users.put(Actor.LEARNER, data.user(PASSWORD, UUID.fromString(a.id()), Role.LEARNER));
            users.put(Actor.PEER, data.user(PASSWORD, UUID.fromString(c.id()), Role.LEARNER));
            users.put(Actor.CEO, data.user(PASSWORD, UUID.fromString(a.id()), Role.CEO));
            users.put(Actor.OTHER_CEO, data.user(PASSWORD, UUID.fromString(b.id()), Role.CEO));
            users.put(Actor.OTHER_LEARNER, data.user(PASSWORD, UUID.fromString(b.id()), Role.LEARNER));
            UserView deactivated = data.user(PASSWORD, UUID.fromString(a.id()), Role.LEARNER);
            users.put(Actor.DEACTIVATED, deactivated);
            // The token they hold was issued while they could still sign in.
            tokens.put(Actor.DEACTIVATED, data.token(deactivated));
            accounts.deactivate(data.caller(users.get(Actor.OPERATOR)), deactivated.id(), "퇴사");
            people = new People(users, a, b, c);
        }
        return people;
    }

    /** A learner of a company of their own, in no cohort yet: someone to enrol without touching the table's people. */
    UserView newcomer() {
        CompanyView company = data.company("행렬 신규");
        return data.user(PASSWORD, UUID.fromString(company.id()), Role.LEARNER);
    }

    /**
     * The actor's session token, one per actor for the run: a page's CSRF token is bound to the
     * very session cookie it was rendered for, as in a browser.
     */
    public synchronized String token(Actor actor) {
        return actor == Actor.ANONYMOUS ? null : tokens.computeIfAbsent(actor, a -> data.token(people().user(a)));
    }

    /**
     * What a row needs its world to lack: sessions (to generate them), the learner's pending
     * correction, or a session that has started (to cancel it: its session is tomorrow's).
     */
    public enum Options {
        FULL,
        UNSCHEDULED,
        WITHOUT_CORRECTION,
        UPCOMING,
        /** FULL, and a draft diagnosis of company A by the instructor: answered, a bottleneck, a roadmap item. */
        DIAGNOSED,
        /** FULL, but the cohort's session ended an hour ago: the cohort can be closed. */
        ENDED,
        /**
         * ENDED, and the cohort closed by its instructor after the learner completed it (present, the
         * practicum made up by an adjustment, the deliverable accepted): the learner holds a certificate.
         */
        CLOSED,
        /** FULL, and the learner's coaching request, assigned by an operator to the instructor. */
        COACHED,
        /** FULL, and a sharing event under way for 30 minutes (check-in open) with the learner registered. */
        EVENT,
        /** FULL, and a draft best-practice case of company A written by the learner. */
        CASE,
        /** CASE, sent for review by the learner, with the consent of company A's CEO. */
        CASE_CONSENTED,
        /** CASE_CONSENTED, and published by an operator. */
        CASE_PUBLISHED
    }

    /** A fresh world of the table's objects. */
    public World build(Options options) {
        boolean withSessions = options != Options.UNSCHEDULED;
        People who = people();
        CohortView cohort = data.cohort(COURSE, 30, who.user(Actor.INSTRUCTOR));
        CohortView other = data.cohort(OTHER_COURSE, 30, who.user(Actor.OTHER_INSTRUCTOR));
        data.enroll(cohort, who.user(Actor.LEARNER));
        data.enroll(cohort, who.user(Actor.PEER));
        data.enroll(cohort, who.user(Actor.DEACTIVATED));
        data.enroll(other, who.user(Actor.OTHER_LEARNER));
        SessionView session = null;
        String correction = null;
        if (withSessions) {
            Instant startedHalfAnHourAgo = Instant.now().minus(30, ChronoUnit.MINUTES);
            Instant start = options == Options.UPCOMING
                    ? Instant.now().plus(1, ChronoUnit.DAYS)
                    : options == Options.ENDED || options == Options.CLOSED
                            ? Instant.now().minus(5, ChronoUnit.HOURS)
                            : startedHalfAnHourAgo;
            session = data.session(cohort, start, 240, SessionKind.PRACTICUM);
            data.session(other, startedHalfAnHourAgo, 240, SessionKind.PRACTICUM);
        }
        if (options == Options.FULL
                || options == Options.ENDED
                || options == Options.CLOSED
                || options.name().startsWith("CASE")) {
            correction = corrections
                    .request(
                            data.caller(who.user(Actor.LEARNER)),
                            session.id(),
                            who.user(Actor.LEARNER).id(),
                            new CorrectionRequestBody(AttendanceStatus.PRESENT, null, null, "버스가 늦었습니다", null))
                    .id();
        }
        String material = upload(Actor.INSTRUCTOR, "COHORT", cohort.id(), "안내.pdf");
        upload(Actor.LEARNER, "SUBMISSION", cohort.id(), "결과물.pdf");
        upload(Actor.PEER, "SUBMISSION", cohort.id(), "동료 결과물.pdf");
        String submission = given().auth()
                .oauth2(token(Actor.INSTRUCTOR))
                .get("/api/cohorts/" + cohort.id() + "/submissions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.learnerId == '" + who.user(Actor.LEARNER).id() + "' }.id");
        String log = practicum
                .submit(
                        data.caller(who.user(Actor.LEARNER)),
                        cohort.id(),
                        new PracticeLogRequest(90, LocalDate.now().minusDays(1), "회의록 자동화 복습", null))
                .id();
        practicum.submit(
                data.caller(who.user(Actor.PEER)),
                cohort.id(),
                new PracticeLogRequest(30, LocalDate.now().minusDays(1), "동료의 자율 실습", null));
        String[] diagnosis = options == Options.DIAGNOSED ? diagnose(who, cohort) : new String[3];
        String certificate = options == Options.CLOSED ? completeAndClose(who, cohort, session, submission) : null;
        String coaching = options == Options.COACHED ? coach(who) : null;
        String notice = coaching == null ? null : noticeOf(coaching);
        return new World(
                who,
                cohort,
                other,
                session,
                material,
                submission,
                log,
                correction,
                firstLesson(),
                firstFile(),
                diagnosis[0],
                diagnosis[1],
                diagnosis[2],
                certificate,
                coaching,
                options == Options.EVENT ? holdEvent() : null,
                options.name().startsWith("CASE") ? bestPractice(who, options) : null,
                notice);
    }

    /** The learner's notice that their coaching request was assigned (the assignment posted it). */
    private String noticeOf(String coaching) {
        return given().auth()
                .oauth2(token(Actor.LEARNER))
                .get("/api/me/notices")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.link == '/coaching/" + coaching + "' }.id");
    }

    /** Company A's case by the learner, taken as far along its way as the options say. */
    private String bestPractice(People who, Options options) {
        String id = given().auth()
                .oauth2(token(Actor.LEARNER))
                .contentType(ContentType.JSON)
                .body(bestPracticeBody(who.companyA().id()))
                .post("/api/best-practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (options != Options.CASE) {
            caseStep(Actor.LEARNER, id, "submit");
            caseStep(Actor.CEO, id, "consent");
        }
        if (options == Options.CASE_PUBLISHED) {
            caseStep(Actor.OPERATOR, id, "publish");
        }
        return id;
    }

    private void caseStep(Actor actor, String id, String step) {
        given().auth()
                .oauth2(token(actor))
                .contentType(ContentType.JSON)
                .post("/api/best-practices/" + id + "/" + step)
                .then()
                .statusCode(200);
    }

    static Map<String, Object> bestPracticeBody(String companyId) {
        return Map.of(
                "companyId", companyId,
                "title", "견적서 초안 자동화",
                "problem", "품목마다 단가를 손으로 찾아 견적서를 쓴다",
                "approach", "생성형 AI로 초안을 만들고 담당자가 검토한다",
                "tools", "ChatGPT, 사내 단가표",
                "tags", List.of("document-automation"),
                "figures",
                        List.of(Map.of(
                                "name", "HOURS_PER_MONTH", "unit", "시간", "before", 40, "after", 12, "period", "P3M")));
    }

    /** A sharing event of the centre, started 30 minutes ago, with the learner holding a seat; its id. */
    private String holdEvent() {
        Instant start = Instant.now().minus(30, ChronoUnit.MINUTES);
        String event = given().auth()
                .oauth2(token(Actor.OPERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "행렬 공유회",
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(3, ChronoUnit.HOURS).toString(),
                        "location",
                        "AX 캠퍼스 강당",
                        "capacity",
                        10))
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
        given().auth()
                .oauth2(token(Actor.LEARNER))
                .post("/api/events/" + event + "/registrations")
                .then()
                .statusCode(201);
        return event;
    }

    /** The learner asks for coaching; an operator assigns the instructor as the coach. */
    private String coach(People who) {
        String request = given().auth()
                .oauth2(token(Actor.LEARNER))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "견적서 자동화", "problem", "양식이 ERP에 올라가지 않는다", "urgency", "NORMAL"))
                .post("/api/coaching-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token(Actor.OPERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", who.user(Actor.INSTRUCTOR).id()))
                .post("/api/coaching-requests/" + request + "/assign")
                .then()
                .statusCode(200);
        return request;
    }

    /** The learner completes the cohort (present, practicum made up, deliverable accepted); the instructor closes it. */
    private String completeAndClose(People who, CohortView cohort, SessionView session, String submission) {
        String teacher = token(Actor.INSTRUCTOR);
        String learner = who.user(Actor.LEARNER).id();
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PRESENT", "reason", "출석부 확인"))
                .put("/api/sessions/" + session.id() + "/attendance/" + learner)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner, "minutes", 1200, "reason", "현장 실습 인정"))
                .post("/api/cohorts/" + cohort.id() + "/practicum-adjustments")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "ACCEPTED"))
                .post("/api/submissions/" + submission + "/review")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .post("/api/cohorts/" + cohort.id() + "/close")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.userId == '" + learner + "' }.certificateSerial");
    }

    /**
     * Company A's draft diagnosis by the instructor, every question answered, with a bottleneck and a
     * roadmap item sending the learner to the cohort: its id, the bottleneck's and the item's.
     */
    private String[] diagnose(People who, CohortView cohort) {
        String diagnosis = given().auth()
                .oauth2(token(Actor.OPERATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "expertId",
                        who.user(Actor.INSTRUCTOR).id(),
                        "visitedOn",
                        LocalDate.now().toString()))
                .post("/api/companies/" + who.companyA().id() + "/diagnoses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String bottleneck = data.answeredWithBottleneck(diagnosis, who.user(Actor.INSTRUCTOR));
        String item = given().auth()
                .oauth2(token(Actor.INSTRUCTOR))
                .contentType(ContentType.JSON)
                .body(roadmapItem(bottleneck, who.user(Actor.LEARNER).id(), cohort.id()))
                .post("/api/diagnoses/" + diagnosis + "/roadmap-items")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new String[] {diagnosis, bottleneck, item};
    }

    static Map<String, Object> roadmapItem(String bottleneck, String learner, String cohort) {
        return Map.of(
                "bottleneckId", bottleneck,
                "courseCode", COURSE,
                "userIds", List.of(learner),
                "targetQuarter", "2027-Q1",
                "cohortId", cohort);
    }

    private String upload(Actor uploader, String scope, String scopeId, String name) {
        MultipartUpload.Answer answer = MultipartUpload.bearer(token(uploader))
                .field("scope", scope)
                .field("scopeId", scopeId)
                .file(name, "%PDF-1.7\n%access matrix\n".getBytes())
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        return answer.json().getString("id");
    }

    private String firstLesson() {
        return given().auth()
                .oauth2(token(Actor.OPERATOR))
                .get("/api/courses/" + COURSE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("modules[0].lessons[0].code");
    }

    /** A file a lesson of the course links to, by its path in the course folder. */
    private String firstFile() {
        return QuarkusTransaction.requiringNew().call(() -> (String)
                em.createNativeQuery("SELECT a.path FROM course_attachment a JOIN course c ON c.id = a.course_id "
                                + "WHERE c.code = ?1 ORDER BY a.path LIMIT 1")
                        .setParameter(1, COURSE)
                        .getSingleResult());
    }
}
