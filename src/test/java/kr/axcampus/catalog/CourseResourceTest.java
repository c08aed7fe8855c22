package kr.axcampus.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** API.md "Catalogue", as an outside client checks it, and who may read lessons. */
@QuarkusTest
class CourseResourceTest {
    private static final String COURSE = "PX-MFG-QUALITY-DEMAND";

    @Inject
    TestData data;

    private String learnerToken() {
        return data.tokenFor(
                Role.LEARNER, UUID.fromString(data.company("카탈로그 회사").id()));
    }

    @Test
    void summariesFilterByTrackAndTag() {
        given().auth()
                .oauth2(learnerToken())
                .queryParam("track", "PROFESSIONAL_AX")
                .when()
                .get("/api/courses")
                .then()
                .statusCode(200)
                .body("items.track", everyItem(equalTo("PROFESSIONAL_AX")))
                .body("items.code", hasItems("PX-OFFICE-GENAI", "PX-DATA-REPORTING", COURSE))
                .body("items.practicumMinutes", everyItem(greaterThanOrEqualTo(1080)))
                .body("page", equalTo(0))
                .body("size", equalTo(50))
                .body("total", greaterThanOrEqualTo(3));
        given().auth()
                .oauth2(learnerToken())
                .queryParam("track", "GENERAL_AX")
                .when()
                .get("/api/courses")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("GX-AX-LEADERSHIP", "GX-GENAI-DECISIONS"))
                .body("items.code", not(hasItem(COURSE)));
        given().auth()
                .oauth2(learnerToken())
                .queryParam("tag", "vision-inspection")
                .when()
                .get("/api/courses")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(COURSE))
                .body("items.tags", everyItem(hasItem("vision-inspection")));
    }

    @Test
    void unknownFiltersAreNamed() {
        given().auth()
                .oauth2(learnerToken())
                .queryParam("track", "SPACE_AX")
                .queryParam("tag", "time-travel")
                .when()
                .get("/api/courses")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("track", "tag"));
        given().when().get("/api/courses").then().statusCode(401);
    }

    @Test
    void aCourseHasTheContractShape() {
        given().auth()
                .oauth2(learnerToken())
                .when()
                .get("/api/courses/" + COURSE)
                .then()
                .statusCode(200)
                .body("code", equalTo(COURSE))
                .body("title", equalTo("제조·물류 현장 AI — 불량 검출과 수요 예측"))
                .body("track", equalTo("PROFESSIONAL_AX"))
                .body("audience", notNullValue())
                .body("summary", notNullValue())
                .body("plannedMinutes", equalTo(1440))
                .body("practicumMinutes", equalTo(1200))
                .body("tags", hasItems("vision-inspection", "demand-forecasting"))
                .body("modules[0].code", equalTo("m1"))
                .body("modules[0].kind", equalTo("LECTURE"))
                .body("modules[0].plannedMinutes", equalTo(120))
                .body("modules[0].lessons[0].code", equalTo("01-vision-data-and-labels"))
                .body("modules[0].lessons[0].title", notNullValue())
                .body("modules.kind", hasItem("PRACTICUM"));
        given().auth()
                .oauth2(learnerToken())
                .when()
                .get("/api/courses/NO-SUCH")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void lessonsAreForEnrolledLearnersInstructorsAndOperators() {
        CompanyView company = data.company("수강 회사");
        UserView learner = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        UserView withdrawn = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 10);
        data.enroll(cohort, learner);
        data.enroll(cohort, withdrawn);
        given().auth()
                .oauth2(data.tokenFor(Role.ADMIN, null))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/" + withdrawn.id() + "/withdraw")
                .then()
                .statusCode(200);
        String lesson = "/api/courses/" + COURSE + "/lessons/01-defect-data-audit";

        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get(lesson)
                .then()
                .statusCode(200)
                .body("code", equalTo("01-defect-data-audit"))
                .body("kind", equalTo("LAB"))
                .body("html", containsString("<h2 id=\"목표\">"))
                .body("html", containsString("href=\"/courses/" + COURSE + "/files/data/inspection-log.csv\""))
                .body("previous", notNullValue())
                .body("next", equalTo("02-labelling-collection-plan"));
        for (Role staff : List.of(Role.INSTRUCTOR, Role.ADMIN)) {
            given().auth()
                    .oauth2(data.token(data.user("staff-pass-1", null, staff)))
                    .when()
                    .get(lesson)
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("01-defect-data-audit"));
        }

        UserView otherCeo =
                data.user("ceo-pass-1", UUID.fromString(data.company("다른 대표 회사").id()), Role.CEO);
        UserView stranger = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        for (UserView refused : List.of(stranger, otherCeo, withdrawn)) {
            given().auth()
                    .oauth2(data.token(refused))
                    .when()
                    .get(lesson)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-enrolled"));
            given().auth()
                    .oauth2(data.token(refused))
                    .contentType(ContentType.JSON)
                    .when()
                    .post(lesson + "/complete")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(data.token(refused))
                    .when()
                    .get("/api/courses/" + COURSE + "/progress")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/courses/" + COURSE + "/lessons/no-such")
                .then()
                .statusCode(404);
    }

    @Test
    void markingLessonsDoneMovesProgressAndRepeatingIsHarmless() {
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("진도 회사").id()), Role.LEARNER);
        data.enroll(data.cohort(COURSE, 10), learner);
        String token = data.token(learner);
        String progress = "/api/courses/" + COURSE + "/progress";
        int total = given().auth()
                .oauth2(token)
                .when()
                .get(progress)
                .then()
                .statusCode(200)
                .body("completedLessons", equalTo(0))
                .body("percent", equalTo(0))
                .body("nextLesson", equalTo("01-vision-data-and-labels"))
                .extract()
                .path("totalLessons");

        String firstDone = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .when()
                .post("/api/courses/" + COURSE + "/lessons/01-vision-data-and-labels/complete")
                .then()
                .statusCode(200)
                .body("completedLessons", equalTo(1))
                .body("percent", equalTo(100 / total))
                .body("modules[0].completedLessons", equalTo(1))
                .body("nextLesson", equalTo("02-recall-and-missed-defects"))
                .extract()
                .path("lessons[0].completedAt");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .when()
                .post("/api/courses/" + COURSE + "/lessons/01-vision-data-and-labels/complete")
                .then()
                .statusCode(200)
                .body("completedLessons", equalTo(1))
                .body("lessons[0].completedAt", equalTo(firstDone));
        given().auth()
                .oauth2(token)
                .when()
                .get(progress)
                .then()
                .body("completedLessons", equalTo(1))
                .body("lessons[1].completedAt", nullValue());
    }

    @Test
    void practiceFilesDownloadForReadersOnly() {
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("파일 회사").id()), Role.LEARNER);
        data.enroll(data.cohort(COURSE, 10), learner);
        String file = "/courses/" + COURSE + "/files/data/inspection-log.csv";
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get(file)
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("불량"));
        given().auth().oauth2(learnerToken()).when().get(file).then().statusCode(403);
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/courses/" + COURSE + "/files/course.yaml")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/courses/" + COURSE + "/files/m1/../course.yaml")
                .then()
                .statusCode(404);
    }
}
