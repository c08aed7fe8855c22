package kr.axcampus.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.restassured.http.ContentType;

import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.DeliveryMode;
import kr.axcampus.cohort.EnrollmentService;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.EnrollmentRequest;
import kr.axcampus.cohort.dto.SessionRequest;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;
import kr.axcampus.diagnosis.DiagnosisService;
import kr.axcampus.diagnosis.dto.DiagnosisRequest;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserRequest;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.BusinessNumber;
import kr.axcampus.organization.CenterService;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.SizeClass;
import kr.axcampus.organization.dto.CompanyRequest;
import kr.axcampus.organization.dto.CompanyView;

import static io.restassured.RestAssured.given;

/**
 * Each test makes its own companies and people through the services, with
 * unique names, so tests never depend on each other's rows or on order.
 */
@ApplicationScoped
public class TestData {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CenterService centers;
    private final CompanyService companies;
    private final UserService users;
    private final CohortService cohorts;
    private final EnrollmentService enrollments;
    private final SessionService sessions;
    private final DiagnosisService diagnoses;

    public TestData(
            CenterService centers,
            CompanyService companies,
            UserService users,
            CohortService cohorts,
            EnrollmentService enrollments,
            SessionService sessions,
            DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
        this.centers = centers;
        this.companies = companies;
        this.users = users;
        this.cohorts = cohorts;
        this.enrollments = enrollments;
        this.sessions = sessions;
    }

    public UUID centerId() {
        return centers.defaultCenterId();
    }

    public Caller operator() {
        return new Caller(UUID.randomUUID(), centerId(), null, Set.of(Role.ADMIN));
    }

    public CompanyView company(String name) {
        return companies.create(
                operator(),
                new CompanyRequest(
                        name + " " + unique(), validBusinessNumber(), SizeClass.SMALL, "제조", "SEOUL", null, null));
    }

    public UserView user(String password, UUID companyId, Role... roles) {
        return named("테스트 사용자", password, companyId, roles);
    }

    /** A person with a name of the test's choosing. */
    public UserView named(String name, String password, UUID companyId, Role... roles) {
        return addressed("user", name, password, companyId, roles);
    }

    /** A person whose address starts with {@code prefix} (the test mail server refuses "rejected…"). */
    public UserView addressed(String prefix, String name, String password, UUID companyId, Role... roles) {
        return users.create(
                operator(),
                new UserRequest(
                        prefix + unique() + "-" + UUID.randomUUID() + "@test.axcampus.kr",
                        name,
                        List.of(roles).stream().map(Role::name).toList(),
                        companyId == null ? null : companyId.toString(),
                        "개발팀",
                        "매니저",
                        password));
    }

    /** A cohort of a shipped course, running around today, with the given instructors. */
    public CohortView cohort(String courseCode, int capacity, UserView... instructors) {
        return cohortWithNetworks(courseCode, capacity, List.of(), instructors);
    }

    /** A cohort whose self check-in is accepted only from the given networks (CIDR blocks). */
    public CohortView cohortWithNetworks(
            String courseCode, int capacity, List<String> allowedNetworks, UserView... instructors) {
        LocalDate today = LocalDate.now();
        return cohorts.create(
                operator(),
                new CohortRequest(
                        courseCode,
                        "T-" + unique(),
                        today.minusDays(1),
                        today.plusDays(30),
                        capacity,
                        DeliveryMode.BLENDED,
                        Arrays.stream(instructors).map(UserView::id).toList(),
                        allowedNetworks));
    }

    /** A session of the cohort from {@code start} for {@code minutes}. */
    public SessionView session(CohortView cohort, Instant start, int minutes, SessionKind kind) {
        return sessions.create(
                operator(),
                cohort.id(),
                new SessionRequest(
                        start.atOffset(ZoneOffset.UTC),
                        start.plusSeconds(60L * minutes).atOffset(ZoneOffset.UTC),
                        kind,
                        "테스트 강의실"));
    }

    /** A draft diagnosis of the company on today's date, assigned to the expert; its id. */
    public String diagnosis(CompanyView company, UserView expert) {
        return diagnoses
                .create(operator(), company.id(), new DiagnosisRequest(expert.id(), LocalDate.now()))
                .id();
    }

    /**
     * Every question of a draft diagnosis answered 3 (of 5) by its expert, through the API, and
     * {@link #BOTTLENECK} added: the bottleneck's id.
     */
    public String answeredWithBottleneck(String diagnosis, UserView expert) {
        String token = token(expert);
        List<String> questions = given().auth()
                .oauth2(token)
                .get("/api/diagnosis/questionnaire")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("dimensions.questions.flatten().code");
        Map<String, Integer> answers = new HashMap<>();
        questions.forEach(q -> answers.put(q, 3));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", answers))
                .put("/api/diagnoses/" + diagnosis + "/answers")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(BOTTLENECK)
                .post("/api/diagnoses/" + diagnosis + "/bottlenecks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A bottleneck as an expert records it on site: the body of {@code POST …/bottlenecks}. */
    public static final Map<String, Object> BOTTLENECK = Map.of(
            "process",
            "견적서 작성",
            "pain",
            "품목마다 단가를 손으로 찾는다",
            "hoursLostPerMonth",
            12.5,
            "peopleAffected",
            3,
            "opportunityTag",
            "document-automation",
            "impact",
            4,
            "feasibility",
            3);

    /**
     * The learner's deliverable handed in (a PDF in the cohort's SUBMISSION scope): its version's
     * id, as the cohort's instructor finds it in the cohort's submissions.
     */
    public String handIn(CohortView cohort, UserView learner, UserView instructor) {
        MultipartUpload.Answer uploaded = MultipartUpload.bearer(token(learner))
                .field("scope", "SUBMISSION")
                .field("scopeId", cohort.id())
                .file("결과물.pdf", "%PDF-1.7\n%deliverable\n".getBytes(StandardCharsets.UTF_8))
                .post();
        if (uploaded.status() != 201) {
            throw new AssertionError(
                    "the deliverable was not handed in: " + uploaded.response().body());
        }
        return given().auth()
                .oauth2(token(instructor))
                .get("/api/cohorts/" + cohort.id() + "/submissions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.learnerId == '" + learner.id() + "' }.id");
    }

    public void enroll(CohortView cohort, UserView learner) {
        enrollments.enroll(operator(), cohort.id(), new EnrollmentRequest(learner.id()));
    }

    /** The person as a service sees them when they call: what their token would carry. */
    public Caller caller(UserView user) {
        return new Caller(
                UUID.fromString(user.id()),
                centerId(),
                user.companyId() == null ? null : UUID.fromString(user.companyId()),
                Set.copyOf(user.roles().stream().map(Role::valueOf).toList()));
    }

    public String token(UserView user) {
        Role[] roles = user.roles().stream().map(Role::valueOf).toArray(Role[]::new);
        return TestTokens.token(
                UUID.fromString(user.id()),
                centerId(),
                user.companyId() == null ? null : UUID.fromString(user.companyId()),
                roles);
    }

    public String tokenFor(Role role, UUID companyId) {
        return TestTokens.token(UUID.randomUUID(), centerId(), companyId, role);
    }

    public static int unique() {
        return SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100000) * 100;
    }

    /** A fresh business registration number: nine random digits and the one check digit that fits. */
    public static String validBusinessNumber() {
        String nine = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        for (int check = 0; check < 10; check++) {
            if (BusinessNumber.isValid(nine + check)) {
                return nine + check;
            }
        }
        throw new IllegalStateException("no check digit fits " + nine);
    }
}
