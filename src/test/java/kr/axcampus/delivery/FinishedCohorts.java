package kr.axcampus.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;

/** Cohorts ready to close, made through the API as their instructor would run them. */
@ApplicationScoped
public class FinishedCohorts {
    public static final String PASSWORD = "closing-pass-1";
    static final String COURSE = "PX-OFFICE-GENAI";

    private final TestData data;

    public FinishedCohorts(TestData data) {
        this.data = data;
    }

    /** A closed-to-be cohort, its session, its instructor, a learner who completed it, one who was absent, CEOs. */
    public record Cohort(
            CohortView cohort,
            SessionView session,
            UserView instructor,
            UserView completer,
            UserView absentee,
            UserView ceo,
            UserView otherCeo) {}

    /** A cohort whose one practicum session ended an hour ago: one learner completed it, one was absent. */
    public Cohort finished() {
        UserView instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CompanyView company = data.company("수료 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView completer = data.named("한지민", PASSWORD, companyId, Role.LEARNER);
        UserView absentee = data.named("오세훈", PASSWORD, companyId, Role.LEARNER);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        UserView otherCeo =
                data.user(PASSWORD, UUID.fromString(data.company("남 회사").id()), Role.CEO);
        CohortView cohort = data.cohort(COURSE, 10, instructor);
        data.enroll(cohort, completer);
        data.enroll(cohort, absentee);
        SessionView session =
                data.session(cohort, Instant.now().minus(Duration.ofHours(5)), 240, SessionKind.PRACTICUM);
        String teacher = data.token(instructor);
        rollCall(teacher, session, completer, "PRESENT").statusCode(200);
        rollCall(teacher, session, absentee, "ABSENT").statusCode(200);
        post(
                        teacher,
                        "/api/cohorts/" + cohort.id() + "/practicum-adjustments",
                        Map.of("userId", completer.id(), "minutes", 1200, "reason", "현장 실습 인정"))
                .statusCode(201);
        String version = data.handIn(cohort, completer, instructor);
        post(teacher, "/api/submissions/" + version + "/review", Map.of("decision", "ACCEPTED"))
                .statusCode(200);
        return new Cohort(cohort, session, instructor, completer, absentee, ceo, otherCeo);
    }

    ValidatableResponse rollCall(String token, SessionView session, UserView learner, String status) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "출석부 확인"))
                .put("/api/sessions/" + session.id() + "/attendance/" + learner.id())
                .then();
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }
}
