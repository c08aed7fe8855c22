package kr.axcampus.cohort;

import java.time.LocalDate;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CohortResourceTest {
    private static final String COURSE = "PX-DATA-REPORTING";

    @Inject
    TestData data;

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    private UserView instructor() {
        return data.user("instructor-pass-1", null, Role.INSTRUCTOR);
    }

    private UserView learner(CompanyView company) {
        return data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
    }

    @Test
    void operatorCreatesACohortAndItsInstructorEnrolsLearnersOnce() {
        UserView teacher = instructor();
        String code = "PX-" + TestData.unique();
        String id = given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        code,
                        "startDate",
                        "2099-03-02",
                        "endDate",
                        "2099-04-30",
                        "capacity",
                        20,
                        "mode",
                        "BLENDED",
                        "instructorIds",
                        List.of(teacher.id())))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(201)
                .body("courseCode", equalTo(COURSE))
                .body("code", equalTo(code))
                .body("startDate", equalTo("2099-03-02"))
                .body("capacity", equalTo(20))
                .body("status", equalTo("PLANNED")) // by its dates: it has not started
                .body("instructorIds", equalTo(List.of(teacher.id())))
                .body("enrolledCount", equalTo(0))
                .extract()
                .path("id");

        UserView learner = learner(data.company("기수 회사"));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner.id()))
                .when()
                .post("/api/cohorts/" + id + "/enrollments")
                .then()
                .statusCode(201)
                .body("status", equalTo("ENROLLED"))
                .body("userId", equalTo(learner.id()));
        String again = given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner.id()))
                .when()
                .post("/api/cohorts/" + id + "/enrollments")
                .then()
                .statusCode(200)
                .extract()
                .path("id");

        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + id + "/enrollments")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(again))
                .body("[0].companyId", equalTo(learner.companyId()));
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + id)
                .then()
                .statusCode(200)
                .body("enrolledCount", equalTo(1));
    }

    @Test
    void badCohortsAreRefusedFieldByField() {
        UserView notAnInstructor = learner(data.company("강사 아님 회사"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        "NO-SUCH-COURSE",
                        "code",
                        "X-" + TestData.unique(),
                        "startDate",
                        "2026-12-10",
                        "endDate",
                        "2026-12-01",
                        "capacity",
                        0,
                        "mode",
                        "BLENDED",
                        "instructorIds",
                        List.of(notAnInstructor.id())))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("courseCode"))
                .body("errors.field", hasItem("endDate"))
                .body("errors.field", hasItem("capacity"))
                .body("errors.field", hasItem("instructorIds"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"courseCode\": \"" + COURSE + "\"}")
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("startDate"))
                .body("errors.field", hasItem("mode"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        "X",
                        "startDate",
                        "2026-12-01",
                        "endDate",
                        "2026-12-02",
                        "capacity",
                        5,
                        "mode",
                        "BY_CARRIER_PIGEON"))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("mode"));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        CohortView first = data.cohort(COURSE, 10);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        first.code(),
                        "startDate",
                        "2026-12-01",
                        "endDate",
                        "2026-12-02",
                        "capacity",
                        5,
                        "mode",
                        "ON_SITE"))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aFullCohortRefusesTheNextLearner() {
        CohortView cohort = data.cohort(COURSE, 1);
        CompanyView company = data.company("정원 회사");
        data.enroll(cohort, learner(company));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner(company).id()))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/cohort-full"));
    }

    @Test
    void withdrawalNeedsAReasonAndKeepsTheRecord() {
        UserView teacher = instructor();
        CohortView cohort = data.cohort(COURSE, 10, teacher);
        UserView learner = learner(data.company("중도 포기 회사"));
        data.enroll(cohort, learner);
        String path = "/api/cohorts/" + cohort.id() + "/enrollments/" + learner.id() + "/withdraw";
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", " "))
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사"))
                .when()
                .post(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("퇴사"));
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("WITHDRAWN"));
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + cohort.id())
                .then()
                .body("enrolledCount", equalTo(0))
                .body("withdrawnCount", equalTo(1));
    }

    @Test
    void everyoneSeesOnlyTheCohortsInTheirScope() {
        UserView teacher = instructor();
        UserView otherTeacher = instructor();
        CompanyView company = data.company("범위 회사");
        CompanyView otherCompany = data.company("다른 범위 회사");
        UserView learner = learner(company);
        UserView colleague = learner(company);
        UserView ceo = data.user("ceo-pass-1", UUID.fromString(company.id()), Role.CEO);
        UserView otherCeo = data.user("ceo-pass-1", UUID.fromString(otherCompany.id()), Role.CEO);
        CohortView cohort = data.cohort(COURSE, 10, teacher);
        data.enroll(cohort, learner);
        data.enroll(cohort, colleague);
        data.enroll(data.cohort(COURSE, 10, otherTeacher), learner(otherCompany));

        for (UserView allowed : List.of(teacher, learner, ceo)) {
            given().auth()
                    .oauth2(data.token(allowed))
                    .when()
                    .get("/api/cohorts/" + cohort.id())
                    .then()
                    .statusCode(200)
                    .body("code", equalTo(cohort.code()));
            given().auth()
                    .oauth2(data.token(allowed))
                    .queryParam("size", 200)
                    .when()
                    .get("/api/cohorts")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(cohort.id()));
        }
        for (UserView refused : List.of(otherTeacher, otherCeo, learner(company))) {
            given().auth()
                    .oauth2(data.token(refused))
                    .when()
                    .get("/api/cohorts/" + cohort.id())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(data.token(refused))
                    .queryParam("size", 200)
                    .when()
                    .get("/api/cohorts")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(cohort.id())));
            given().auth()
                    .oauth2(data.token(refused))
                    .when()
                    .get("/api/cohorts/" + cohort.id() + "/enrollments")
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(data.token(learner))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(200)
                .body("userId", equalTo(List.of(learner.id())));
        given().auth()
                .oauth2(data.token(ceo))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(200)
                .body("$", hasSize(2));
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner(company).id()))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(otherTeacher))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner(company).id()))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courseCode",
                        COURSE,
                        "code",
                        "NOPE",
                        "startDate",
                        LocalDate.now().toString(),
                        "endDate",
                        LocalDate.now().toString(),
                        "capacity",
                        5,
                        "mode",
                        "ON_SITE"))
                .when()
                .post("/api/cohorts")
                .then()
                .statusCode(403);
        given().when().get("/api/cohorts").then().statusCode(401);
    }

    @Test
    void aCsvEnrolsEveryoneOrNobodyAndNamesEveryBadLine() {
        UserView teacher = instructor();
        CohortView cohort = data.cohort(COURSE, 10, teacher);
        CompanyView company = data.company("CSV 기수 회사");
        UserView first = learner(company);
        UserView second = learner(company);
        UserView notALearner = instructor();
        String bad = "email,name\n" + first.email() + ",첫째\n" + "nobody@test.axcampus.kr,없음\n" + notALearner.email()
                + ",강사\n" + first.email().toUpperCase() + ",반복\n";
        given().auth()
                .oauth2(data.token(teacher))
                .contentType("text/csv; charset=UTF-8")
                .body(bad)
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/import")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/import-rejected"))
                .body("errors.line", equalTo(List.of(3, 4, 5)))
                .body("errors.code", equalTo(List.of("unknown-value", "not-a-learner", "duplicate")));
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + cohort.id())
                .then()
                .body("enrolledCount", equalTo(0));

        String good = "\uFEFFemail\n" + first.email() + "\n" + second.email() + "\n";
        given().auth()
                .oauth2(data.token(teacher))
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/import")
                .then()
                .statusCode(201)
                .body("created", equalTo(2))
                .body("existing", equalTo(0));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/import")
                .then()
                .statusCode(201)
                .body("created", equalTo(0))
                .body("existing", equalTo(2));
    }

    @Test
    void aWholeDepartmentIsEnrolledAtOnceWithinCapacity() {
        CompanyView company = data.company("부서 회사");
        UUID companyId = UUID.fromString(company.id());
        for (int i = 0; i < 3; i++) {
            learner(company);
        }
        CohortView small = data.cohort(COURSE, 2);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("companyId", company.id()))
                .when()
                .post("/api/cohorts/" + small.id() + "/enrollments/company")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/cohort-full"));
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/cohorts/" + small.id())
                .then()
                .body("enrolledCount", equalTo(0));
        CohortView cohort = data.cohort(COURSE, 10);
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("companyId", company.id(), "department", "개발팀"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/company")
                .then()
                .statusCode(201)
                .body("created", equalTo(3))
                .body("items.companyId", everyItem(equalTo(companyId.toString())));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("companyId", company.id(), "department", "없는 부서"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/company")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("department"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("companyId", UUID.randomUUID().toString()))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/enrollments/company")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("companyId"));
    }

    @Test
    void sessionsAreGeneratedFromTheCoursesModulesOnTeachingDays() {
        UserView teacher = instructor();
        CohortView cohort = data.cohort(COURSE, 10, teacher);
        List<Map<String, Object>> sessions = given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of("firstDay", "2026-12-07", "location", "본관 301호"))
                .when()
                .post("/api/cohorts/" + cohort.id() + "/sessions/generate")
                .then()
                .statusCode(201)
                .extract()
                .path("$");
        int practicum = sessions.stream()
                .filter(s -> "PRACTICUM".equals(s.get("kind")))
                .mapToInt(s -> (Integer) s.get("minutes"))
                .sum();
        int total = sessions.stream().mapToInt(s -> (Integer) s.get("minutes")).sum();
        org.junit.jupiter.api.Assertions.assertEquals(1140, practicum, "the course's PRACTICUM minutes");
        org.junit.jupiter.api.Assertions.assertEquals(1380, total, "every planned minute is scheduled");
        org.junit.jupiter.api.Assertions.assertEquals(
                "2026-12-07T00:00:00Z", sessions.get(0).get("startsAt"), "09:00 in Seoul on the first day");
        org.junit.jupiter.api.Assertions.assertTrue(
                sessions.stream().allMatch(s -> (Integer) s.get("minutes") <= 240), "half-days of at most four hours");
        org.junit.jupiter.api.Assertions.assertTrue(sessions.stream()
                .map(s -> java.time.Instant.parse((String) s.get("startsAt"))
                        .atZone(java.time.ZoneId.of("Asia/Seoul"))
                        .getDayOfWeek())
                .noneMatch(d -> d == java.time.DayOfWeek.SATURDAY || d == java.time.DayOfWeek.SUNDAY));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/cohorts/" + cohort.id() + "/sessions/generate")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/sessions-exist"));
        given().auth()
                .oauth2(data.token(teacher))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/sessions")
                .then()
                .statusCode(200)
                .body("$", hasSize(sessions.size()));
        String id = (String) sessions.get(0).get("id");
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        "2026-12-07T10:00:00+09:00",
                        "endsAt",
                        "2026-12-07T09:00:00+09:00",
                        "kind",
                        "LECTURE"))
                .when()
                .put("/api/sessions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsAt"));
        given().auth()
                .oauth2(data.token(teacher))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        "2026-12-07T10:00:00+09:00",
                        "endsAt",
                        "2026-12-07T12:00:00+09:00",
                        "kind",
                        "LECTURE",
                        "location",
                        "온라인 Zoom"))
                .when()
                .put("/api/sessions/" + id)
                .then()
                .statusCode(200)
                .body("minutes", equalTo(120))
                .body("startsAt", equalTo("2026-12-07T01:00:00Z"));
    }
}
