package kr.axcampus.privacy;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access log of personal data (issue 12, PIPA): reads of other people's data by an instructor,
 * a CEO or an operator are recorded with whose data it was; a learner's reads of their own are not,
 * nor are refused reads; only operators search the log.
 */
@QuarkusTest
class PersonalDataReadsTest {
    private static final String PASSWORD = "reads-pass-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    private UserView operator;
    private UserView instructor;
    private UserView otherInstructor;
    private UserView learnerA;
    private UserView learnerB;
    private UserView ceoA;
    private UserView ceoB;
    private CohortView cohort;
    private SessionView session;

    @BeforeEach
    void world() {
        operator = data.named("열람 운영자", PASSWORD, null, Role.ADMIN);
        instructor = data.named("열람 강사", PASSWORD, null, Role.INSTRUCTOR);
        otherInstructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        UUID companyA = UUID.fromString(data.company("열람 에이").id());
        UUID companyB = UUID.fromString(data.company("열람 비").id());
        learnerA = data.named("열람 훈련생 갑", PASSWORD, companyA, Role.LEARNER);
        learnerB = data.named("열람 훈련생 을", PASSWORD, companyB, Role.LEARNER);
        ceoA = data.named("열람 대표 갑", PASSWORD, companyA, Role.CEO);
        ceoB = data.user(PASSWORD, companyB, Role.CEO);
        cohort = data.cohort("PX-OFFICE-GENAI", 5, instructor);
        data.cohort("PX-OFFICE-GENAI", 5, otherInstructor);
        data.enroll(cohort, learnerA);
        data.enroll(cohort, learnerB);
        session = data.session(cohort, Instant.now().minusSeconds(600), 120, SessionKind.LECTURE);
    }

    private ValidatableResponse log(String query) {
        return given().auth()
                .oauth2(data.token(operator))
                .get("/api/personal-data/reads?" + query)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void anInstructorsCeosAndOperatorsReadsAreRecordedWithWhoseDataItWas() {
        given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/attendance")
                .then()
                .statusCode(200);
        log("actorId=" + instructor.id())
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("ATTENDANCE"))
                .body("items[0].actor.name", equalTo("열람 강사"))
                .body("items[0].actorRoles", equalTo(List.of("INSTRUCTOR")))
                .body("items[0].contextId", equalTo(session.id()))
                .body("items[0].subjects.name", equalTo(List.of("열람 훈련생 갑", "열람 훈련생 을")));

        given().auth()
                .oauth2(data.token(ceoA))
                .get("/api/cohorts/" + cohort.id() + "/progress")
                .then()
                .statusCode(200);
        log("actorId=" + ceoA.id())
                .body("total", equalTo(1))
                .body("items[0].kind", equalTo("PROGRESS"))
                .body("items[0].subjects.id", equalTo(List.of(learnerA.id())));

        given().auth()
                .oauth2(data.token(operator))
                .get("/api/users/" + learnerB.id())
                .then()
                .statusCode(200);
        log("subjectId=" + learnerB.id())
                .body("items.kind", equalTo(List.of("PROFILE", "ATTENDANCE")))
                .body("items.actor.id", equalTo(List.of(operator.id(), instructor.id())));
        log("subjectId=" + learnerA.id()).body("items.kind", equalTo(List.of("PROGRESS", "ATTENDANCE")));
    }

    @Test
    void theRosterRecordsTheCorrectionRequestsItShows() {
        String teacher = data.token(instructor);
        given().auth()
                .oauth2(teacher)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ABSENT"))
                .put("/api/sessions/" + session.id() + "/attendance/" + learnerA.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(learnerA))
                .contentType(ContentType.JSON)
                .body(Map.of("requestedStatus", "PRESENT", "reason", "QR 인식 오류"))
                .post("/api/sessions/" + session.id() + "/attendance/" + learnerA.id() + "/correction-requests")
                .then()
                .statusCode(201);
        given().cookie("axc_token", teacher)
                .accept(ContentType.HTML)
                .get("/cohorts/" + cohort.id())
                .then()
                .statusCode(200)
                .body(containsString("QR 인식 오류"));
        log("actorId=" + instructor.id() + "&subjectId=" + learnerA.id())
                .body("items.kind", hasItem("CORRECTIONS"))
                .body("items.find { it.kind == 'CORRECTIONS' }.subjects.id", equalTo(List.of(learnerA.id())))
                .body("items.find { it.kind == 'CORRECTIONS' }.contextId", equalTo(cohort.id()));
    }

    @Test
    void aLearnersOwnReadsAndRefusedReadsLeaveNoRow() {
        given().auth()
                .oauth2(data.token(learnerA))
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learnerA.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(otherInstructor))
                .get("/api/sessions/" + session.id() + "/attendance")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(ceoB))
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learnerA.id())
                .then()
                .statusCode(404);
        log("subjectId=" + learnerA.id()).body("total", equalTo(0));
        log("actorId=" + otherInstructor.id()).body("total", equalTo(0));
    }

    @Test
    void onlyOperatorsSearchTheLogAndBadFiltersAreNamed() {
        for (UserView refused : List.of(learnerA, ceoB, otherInstructor, instructor)) {
            given().auth()
                    .oauth2(data.token(refused))
                    .get("/api/personal-data/reads")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        String operatorToken = data.token(operator);
        given().auth()
                .oauth2(operatorToken)
                .get("/api/personal-data/reads?from=2026-13-01&subjectId=nobody")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("subjectId", "from")));
        given().auth()
                .oauth2(operatorToken)
                .get("/api/personal-data/reads?from=2026-12-02&to=2026-12-01")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        given().auth().oauth2(data.token(instructor)).get("/api/sessions/" + session.id() + "/attendance");
        log("actorId=" + instructor.id() + "&to=2000-01-01").body("total", equalTo(0));
        log("actorId=" + instructor.id() + "&from=2000-01-01").body("total", equalTo(1));
    }

    @Test
    void anOperatorFindsWhoReadALearnersDataOnAPhone() throws Exception {
        given().auth().oauth2(data.token(ceoA)).get("/api/cohorts/" + cohort.id() + "/progress/" + learnerA.id());
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 360, 800)) {
            browser.signIn(operator.email(), PASSWORD);
            browser.waitForPath("/");
            browser.go("/admin/personal-data");
            browser.type("#subject", "nobody-" + learnerA.email());
            browser.submit("#read-search");
            assertThat(browser.find("#subject-error").getText(), containsString("등록되지 않은 사용자입니다"));

            browser.type("#subject", learnerA.email());
            browser.submit("#read-search");
            String rows = browser.find("#reads").getText();
            assertThat(rows, containsString("열람 대표 갑"));
            assertThat(rows, containsString("대표이사"));
            assertThat(rows, containsString("이수 현황"));
            assertThat(rows, containsString("열람 훈련생 갑"));
            assertThat(rows, not(containsString("PROGRESS")));
            assertTrue(browser.fitsWidth(), "nothing to scroll sideways at 360 px");
        }
        given().auth()
                .oauth2(data.token(operator))
                .accept(ContentType.HTML)
                .header("Accept-Language", "en")
                .get("/admin/personal-data?subject=" + learnerA.email())
                .then()
                .statusCode(200)
                .body(containsString("Progress and completion"))
                .body(not(containsString("이수 현황")));
        log("subjectId=" + learnerA.id()).body("items.kind", hasItem("PROGRESS"));
    }
}
