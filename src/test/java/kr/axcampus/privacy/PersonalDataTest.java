package kr.axcampus.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A person's data for them, and erasing a person who left (issue 12, PIPA): the export holds every
 * part and their files; erasure pseudonymises the account, removes lesson progress and
 * deliverables, and keeps the attendance evidence under the pseudonym. Only operators do either.
 */
@QuarkusTest
class PersonalDataTest {
    private static final String PASSWORD = "privacy-pass-1";
    private static final String COURSE = "PX-MFG-QUALITY-DEMAND";
    private static final byte[] DELIVERABLE = "%PDF-1.7\n%erasable deliverable\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestData data;

    private UserView operator;
    private UserView instructor;
    private UserView learner;
    private UserView otherCeo;
    private CompanyView company;
    private CohortView cohort;
    private SessionView session;
    private String deliverable;
    private String diagnosis;

    @BeforeEach
    void aLearnerWithAttendanceLessonsAndADeliverable() {
        operator = data.user(PASSWORD, null, Role.ADMIN);
        instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        company = data.company("떠나는 회사");
        learner = data.named("떠나는 훈련생", PASSWORD, UUID.fromString(company.id()), Role.LEARNER);
        otherCeo = data.user(PASSWORD, UUID.fromString(data.company("다른 회사").id()), Role.CEO);
        cohort = data.cohort(COURSE, 5, instructor);
        data.enroll(cohort, learner);
        session = data.session(cohort, Instant.now().minusSeconds(300), 120, SessionKind.PRACTICUM);
        String code = given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/api/sessions/" + session.id() + "/check-in")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .post("/api/courses/" + COURSE + "/lessons/01-defect-data-audit/complete")
                .then()
                .statusCode(200);
        MultipartUpload.Answer upload = MultipartUpload.bearer(data.token(learner))
                .field("scope", "SUBMISSION")
                .field("scopeId", cohort.id())
                .field("note", "최종본")
                .file("결과물.pdf", DELIVERABLE)
                .post();
        assertEquals(201, upload.status(), upload.response().body());
        deliverable = upload.json().getString("id");
        diagnosis = data.diagnosis(company, instructor);
        String bottleneck = given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "process", "불량 분석",
                        "pain", "불량 원인을 손으로 집계한다",
                        "hoursLostPerMonth", 10,
                        "peopleAffected", 2,
                        "opportunityTag", "data-analysis",
                        "impact", 4,
                        "feasibility", 4))
                .post("/api/diagnoses/" + diagnosis + "/bottlenecks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "bottleneckId",
                        bottleneck,
                        "courseCode",
                        COURSE,
                        "userIds",
                        List.of(learner.id()),
                        "role",
                        "품질 담당",
                        "targetQuarter",
                        "2027-Q2"))
                .post("/api/diagnoses/" + diagnosis + "/roadmap-items")
                .then()
                .statusCode(201);
    }

    private Response export(UserView who) {
        return given().auth().oauth2(data.token(who)).get("/api/personal-data/" + learner.id() + "/export");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theExportHoldsEveryPartAndTheFilesAndIsRecorded() throws IOException {
        Response answer = export(operator);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertThat(answer.contentType(), equalTo("application/zip"));
        assertThat(answer.header("Content-Disposition"), containsString("personal-data-" + learner.id() + ".zip"));
        Map<String, byte[]> zip = unzip(answer.asByteArray());
        String document = new String(zip.get("person.json"), StandardCharsets.UTF_8);
        JsonPath person = JsonPath.from(document);
        assertThat(person.getString("format"), equalTo("axcampus-personal-data/1"));
        assertThat(person.getString("parts.account[0].email"), equalTo(learner.email()));
        assertThat(person.getString("parts.account[0].company_name"), equalTo(company.name()));
        assertThat(person.getList("parts.enrolments.cohort_code"), equalTo(List.of(cohort.code())));
        assertThat(person.getList("parts.attendanceRecords.status"), equalTo(List.of("PRESENT")));
        assertThat(person.getList("parts.attendanceEvents.kind"), equalTo(List.of("CHECK_IN")));
        assertThat(person.getList("parts.lessonProgress").size(), equalTo(1));
        assertThat(person.getList("parts.deliverables.note"), equalTo(List.of("최종본")));
        assertThat(person.getList("parts.uploadedFiles.name"), equalTo(List.of("결과물.pdf")));
        assertThat(person.getList("parts.roadmapItems.course_code"), equalTo(List.of(COURSE)));
        assertThat(person.getString("retention"), containsString("pseudonymised"));
        assertThat(document, not(containsString("password")));
        assertArrayEquals(DELIVERABLE, zip.get("files/" + deliverable + "/결과물.pdf"));

        given().auth()
                .oauth2(data.token(operator))
                .get("/api/personal-data/reads?subjectId=" + learner.id())
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("EXPORT"))
                .body("items[0].actor.id", equalTo(operator.id()));
    }

    @Test
    void onlyOperatorsExportOrEraseAndUnknownPeopleAreNotFound() {
        for (UserView refused : List.of(learner, instructor, otherCeo)) {
            export(refused).then().statusCode(403).contentType("application/problem+json");
            given().auth()
                    .oauth2(data.token(refused))
                    .contentType(ContentType.JSON)
                    .body(Map.of("reason", "요청"))
                    .post("/api/personal-data/" + learner.id() + "/erase")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(data.token(operator))
                .get("/api/personal-data/" + UUID.randomUUID() + "/export")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(data.token(operator))
                .get("/api/users/" + learner.id())
                .then()
                .statusCode(200)
                .body("name", equalTo("떠나는 훈련생"));
    }

    @Test
    void erasurePseudonymisesRemovesWhatIsNotEvidenceAndKeepsTheAttendance() throws IOException {
        String learnerToken = data.token(learner);
        String operatorToken = data.token(operator);
        given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사 후 삭제 요청"))
                .post("/api/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(200)
                .body("name", equalTo("#" + learner.id().substring(0, 8)))
                .body("active", equalTo(false))
                .body("retention", containsString("Attendance records"));

        given().auth().oauth2(learnerToken).get("/api/me").then().statusCode(401);
        given().auth()
                .oauth2(operatorToken)
                .get("/api/users/" + learner.id())
                .then()
                .statusCode(200)
                .body("email", startsWith("erased-"))
                .body("department", nullValue())
                .body("companyId", equalTo(learner.companyId()));
        given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/attendance")
                .then()
                .statusCode(200)
                .body("find { it.userId == '" + learner.id() + "' }.status", equalTo("PRESENT"))
                .body(
                        "find { it.userId == '" + learner.id() + "' }.name",
                        equalTo("#" + learner.id().substring(0, 8)));
        given().auth()
                .oauth2(data.token(instructor))
                .get("/api/cohorts/" + cohort.id() + "/progress/" + learner.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(instructor))
                .get("/api/materials/" + deliverable + "/content")
                .then()
                .statusCode(404);

        Map<String, byte[]> zip =
                unzip(export(operator).then().statusCode(200).extract().asByteArray());
        JsonPath after = JsonPath.from(new String(zip.get("person.json"), StandardCharsets.UTF_8));
        assertThat(after.getList("parts.lessonProgress").size(), equalTo(0));
        assertThat(after.getList("parts.uploadedFiles").size(), equalTo(0));
        assertThat(after.getList("parts.roadmapItems").size(), equalTo(0));
        given().auth()
                .oauth2(operatorToken)
                .get("/api/diagnoses/" + diagnosis)
                .then()
                .statusCode(200)
                .body("roadmap[0].role", equalTo("품질 담당"))
                .body("roadmap[0].userIds.size()", equalTo(0));
        assertThat(after.getList("parts.attendanceRecords.status"), equalTo(List.of("PRESENT")));
        assertThat(after.getList("parts.accountHistory.change"), hasItem("ERASED"));
        assertEquals(List.of("person.json"), List.copyOf(zip.keySet()));

        given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "다시"))
                .post("/api/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/erased"));
        given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "복직"))
                .post("/api/users/" + learner.id() + "/reactivate")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(operatorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "본인"))
                .post("/api/personal-data/" + operator.id() + "/erase")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/own-account"));
    }

    @Test
    void theErasePageSaysWhatGoesAndWhatStaysAndAsksForAReason() {
        String session = data.token(operator);
        given().cookie("axc_token", session)
                .accept(ContentType.HTML)
                .header("Accept-Language", "ko")
                .get("/admin/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(200)
                .body(containsString("보관되는 것"))
                .body(containsString("떠나는 훈련생"));
        PageToken page = PageToken.of(session);
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .header("Accept-Language", "ko")
                .cookie("axc_token", session)
                .cookie("axc_csrf", page.nonce())
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", page.token())
                .formParam("reason", "")
                .post("/admin/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(400)
                .body(containsString("reason-error"));
        given().redirects()
                .follow(false)
                .accept(ContentType.HTML)
                .cookie("axc_token", session)
                .cookie("axc_csrf", page.nonce())
                .contentType(ContentType.URLENC)
                .formParam("csrf-token", page.token())
                .formParam("reason", "퇴사")
                .post("/admin/personal-data/" + learner.id() + "/erase")
                .then()
                .statusCode(303)
                .header("Location", containsString("/admin/users/" + learner.id()));
    }
}
