package kr.axcampus.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Changing a cohort, finding cohorts, moving and cancelling sessions — what the operator's pages are built on. */
@QuarkusTest
class ScheduleChangesTest {
    private static final String COURSE = "PX-DATA-REPORTING";

    @Inject
    TestData data;

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    private Map<String, Object> body(CohortView c, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "courseCode", c.courseCode(),
                "code", c.code(),
                "startDate", c.startDate().toString(),
                "endDate", c.endDate().toString(),
                "capacity", c.capacity(),
                "mode", c.mode().name(),
                "instructorIds", c.instructorIds()));
        body.putAll(changes);
        return body;
    }

    @Test
    void operatorChangesACohortWithinWhatItsEnrolmentsAndSessionsAllow() {
        UserView first = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView second = data.named("두번째 강사", "instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort(COURSE, 5, first);
        CompanyView company = data.company("정원 회사");
        UserView a = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        UserView b = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        data.enroll(cohort, a);
        data.enroll(cohort, b);

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("capacity", 3, "instructorIds", List.of(second.id()), "mode", "ON_SITE")))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(200)
                .body("capacity", equalTo(3))
                .body("mode", equalTo("ON_SITE"))
                .body("instructorIds", equalTo(List.of(second.id())))
                .body("status", equalTo("RUNNING"));

        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("capacity", 1)))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/capacity-below-enrolled"))
                .body("errors[0].field", equalTo("capacity"));

        data.session(cohort, Instant.now().plus(3, ChronoUnit.DAYS), 60, SessionKind.LECTURE);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("courseCode", "GX-GENAI-DECISIONS", "capacity", 3)))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/course-fixed"));

        CohortView other = data.cohort(COURSE, 5);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("code", other.code(), "capacity", 3)))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate-cohort-code"));

        // The cohort's own instructor and a learner cannot change it; another company's CEO cannot see it.
        given().auth()
                .oauth2(data.token(second))
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("capacity", 30)))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(a))
                .contentType(ContentType.JSON)
                .body(body(cohort, Map.of("capacity", 30)))
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.tokenFor(Role.ADMIN, null))
                .contentType(ContentType.JSON)
                .body("{\"capacity\": \"many\"}")
                .when()
                .put("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + cohort.id())
                .then()
                .statusCode(200)
                .body("capacity", equalTo(3));
    }

    @Test
    void cohortsAreFoundByStatusCourseAndInstructor() {
        UserView teacher = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView running = data.cohort(COURSE, 5, teacher);
        String future = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        "GX-GENAI-DECISIONS",
                        "code",
                        "F-" + TestData.unique(),
                        "startDate",
                        LocalDate.now().plusDays(40).toString(),
                        "endDate",
                        LocalDate.now().plusDays(60).toString(),
                        "capacity",
                        10,
                        "mode",
                        "LIVE_ONLINE",
                        "instructorIds",
                        List.of(teacher.id())))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .extract()
                .path("code");

        given().auth()
                .oauth2(admin())
                .queryParam("instructor", teacher.id())
                .queryParam("size", 100)
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(future, running.code())));
        given().auth()
                .oauth2(admin())
                .queryParam("instructor", teacher.id())
                .queryParam("status", "PLANNED")
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(future)));
        given().auth()
                .oauth2(admin())
                .queryParam("instructor", teacher.id())
                .queryParam("course", COURSE)
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(running.code())));
        given().auth()
                .oauth2(admin())
                .queryParam("status", "RUNNING")
                .queryParam("instructor", teacher.id())
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(running.code())));
        given().auth()
                .oauth2(admin())
                .queryParam("status", "RUNNING")
                .queryParam("size", 100)
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items.status", everyItem(equalTo("RUNNING")))
                .body("items.code", not(hasItem(future)));
        given().auth()
                .oauth2(admin())
                .queryParam("status", "SOON")
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        // A learner's filter narrows their own cohorts, never widens them.
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("필터 회사").id()), Role.LEARNER);
        given().auth()
                .oauth2(data.token(learner))
                .queryParam("instructor", teacher.id())
                .when()
                .get("/api/cohorts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void aSessionMovedAndCancelledKeepsItsHistoryAndStopsCounting() {
        UserView teacher = data.named("일정 강사", "instructor-pass-1", null, Role.INSTRUCTOR);
        UserView otherTeacher = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort(COURSE, 5, teacher);
        data.cohort(COURSE, 5, otherTeacher);
        CompanyView company = data.company("일정 회사");
        UserView learner = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        UserView ceoElsewhere =
                data.user("ceo-pass-1", UUID.fromString(data.company("남의 회사").id()), Role.CEO);
        data.enroll(cohort, learner);
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        SessionView kept = data.session(cohort, start, 180, SessionKind.LECTURE);
        SessionView dropped = data.session(cohort, start.plus(1, ChronoUnit.DAYS), 240, SessionKind.PRACTICUM);
        SessionView begun = data.session(cohort, Instant.now().minus(10, ChronoUnit.MINUTES), 60, SessionKind.LECTURE);

        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        start.plus(1, ChronoUnit.HOURS).toString(),
                        "endsAt",
                        start.plus(4, ChronoUnit.HOURS).toString(),
                        "kind",
                        "LECTURE",
                        "reason",
                        "강의실 공사"))
                .when()
                .put("/api/sessions/" + kept.id())
                .then()
                .statusCode(200);

        for (String stranger : List.of(data.token(otherTeacher), data.token(ceoElsewhere))) {
            given().auth()
                    .oauth2(stranger)
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "없음"))
                    .when()
                    .post("/api/sessions/" + dropped.id() + "/cancel")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "가고 싶지 않음"))
                .when()
                .post("/api/sessions/" + dropped.id() + "/cancel")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/sessions/" + dropped.id() + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "강사 출장"))
                .when()
                .post("/api/sessions/" + dropped.id() + "/cancel")
                .then()
                .statusCode(200)
                .body("cancelledAt", notNullValue())
                .body("cancelReason", equalTo("강사 출장"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "다시"))
                .when()
                .post("/api/sessions/" + dropped.id() + "/cancel")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/session-cancelled"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "늦었지만"))
                .when()
                .post("/api/sessions/" + begun.id() + "/cancel")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/session-started"));

        // The cancelled session stays listed, marked; it no longer counts toward scheduled hours.
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/sessions")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + dropped.id() + "' }.cancelReason", equalTo("강사 출장"))
                .body("find { it.id == '" + kept.id() + "' }.cancelledAt", nullValue());
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learner.id())
                .then()
                .statusCode(200)
                .body("scheduledMinutes", equalTo(180 + 60));
        // Nobody takes attendance for it.
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "PRESENT"))
                .when()
                .put("/api/sessions/" + dropped.id() + "/attendance/" + learner.id())
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/session-cancelled"));
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "000000"))
                .when()
                .post("/api/sessions/" + dropped.id() + "/check-in")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/session-cancelled"));

        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/sessions/" + kept.id() + "/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].change", equalTo("CHANGED"))
                .body("[0].actor", equalTo("일정 강사"))
                .body("[0].reason", equalTo("강의실 공사"))
                .body("[0].priorStartsAt", equalTo(start.toString()))
                .body("[0].startsAt", equalTo(start.plus(1, ChronoUnit.HOURS).toString()));
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/sessions/" + dropped.id() + "/history")
                .then()
                .statusCode(200)
                .body("[0].change", equalTo("CANCELLED"))
                .body("[0].reason", equalTo("강사 출장"));
        given().auth()
                .oauth2(data.token(otherTeacher))
                .when()
                .get("/api/sessions/" + dropped.id() + "/history")
                .then()
                .statusCode(404);
    }
}
