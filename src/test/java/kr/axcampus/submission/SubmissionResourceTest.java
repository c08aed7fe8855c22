package kr.axcampus.submission;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deliverable versions and their review, and who may see or decide them. */
@QuarkusTest
class SubmissionResourceTest {
    @Inject
    TestData data;

    private String submit(UserView learner, CohortView cohort, String note) {
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(learner))
                .field("scope", "SUBMISSION")
                .field("scopeId", cohort.id())
                .field("note", note)
                .file("결과물.pdf", "%PDF-1.7\n%deliverable\n".getBytes())
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        return answer.json().getString("id");
    }

    private ValidatableResponse list(UserView who, CohortView cohort) {
        return given().auth()
                .oauth2(data.token(who))
                .when()
                .get("/api/cohorts/" + cohort.id() + "/submissions")
                .then();
    }

    private ValidatableResponse review(UserView who, String id, String body) {
        return given().auth()
                .oauth2(data.token(who))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/submissions/" + id + "/review")
                .then();
    }

    @Test
    void versionsAreNumberedReviewedOnceAndSeenOnlyByTheirAuthorAndTheCohortsInstructors() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UUID company = UUID.fromString(data.company("산출물 회사").id());
        UserView author = data.user("learner-pass-1", company, Role.LEARNER);
        UserView peer = data.user("learner-pass-1", company, Role.LEARNER);
        UserView ceo = data.user("ceo-pass-1", company, Role.CEO);
        UserView otherCeo =
                data.user("ceo-pass-1", UUID.fromString(data.company("남 산출물 회사").id()), Role.CEO);
        CohortView cohort = data.cohort("PX-DATA-REPORTING", 10, instructor);
        CohortView other = data.cohort("PX-DATA-REPORTING", 10, otherInstructor);
        data.enroll(cohort, author);
        data.enroll(cohort, peer);

        String firstFile = submit(author, cohort, "1차: 현장 문제와 접근 방법");
        String secondFile = submit(author, cohort, "2차: 결과 수치 보완");
        list(author, cohort)
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].version", equalTo(2))
                .body("[0].file.id", equalTo(secondFile))
                .body("[0].note", equalTo("2차: 결과 수치 보완"))
                .body("[1].file.id", equalTo(firstFile))
                .body("[0].status", equalTo("SUBMITTED"));
        list(peer, cohort).statusCode(200).body("$", hasSize(0));
        list(instructor, cohort).statusCode(200).body("$", hasSize(2)).body("[0].learnerName", equalTo(author.name()));
        list(ceo, cohort).statusCode(404);
        list(otherCeo, cohort).statusCode(404);
        list(otherInstructor, cohort).statusCode(404);

        String version = given().auth()
                .oauth2(data.token(instructor))
                .when()
                .get("/api/submissions/queue")
                .then()
                .statusCode(200)
                .body("file.id", hasItem(firstFile))
                .extract()
                .jsonPath()
                .getString("find { it.file.id == '" + firstFile + "' }.id");
        given().auth()
                .oauth2(data.token(otherInstructor))
                .when()
                .get("/api/submissions/queue")
                .then()
                .statusCode(200)
                .body("file.id", not(hasItem(firstFile)));
        given().auth()
                .oauth2(data.token(author))
                .when()
                .get("/api/submissions/queue")
                .then()
                .statusCode(403);

        review(author, version, "{\"decision\":\"ACCEPTED\"}").statusCode(403);
        review(peer, version, "{\"decision\":\"ACCEPTED\"}").statusCode(404);
        review(otherInstructor, version, "{\"decision\":\"ACCEPTED\"}").statusCode(404);
        review(otherCeo, version, "{\"decision\":\"ACCEPTED\"}").statusCode(404);
        review(instructor, version, "{\"decision\":\"CHANGES_REQUESTED\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        review(instructor, version, "{\"decision\":\"MAYBE\"}").statusCode(400).contentType("application/problem+json");
        review(instructor, version, "{\"decision\":").statusCode(400).body("type", equalTo("/problems/malformed-json"));
        review(instructor, version, "{\"decision\":\"CHANGES_REQUESTED\",\"comment\":\"수치 근거를 붙여 주세요\"}")
                .statusCode(200)
                .body("status", equalTo("CHANGES_REQUESTED"))
                .body("reviewComment", equalTo("수치 근거를 붙여 주세요"))
                .body("reviewedBy", equalTo(instructor.name()));
        review(instructor, version, "{\"decision\":\"ACCEPTED\"}").statusCode(409);
        review(instructor, UUID.randomUUID().toString(), "{\"decision\":\"ACCEPTED\"}")
                .statusCode(404);
        list(author, cohort).body("find { it.id == '" + version + "' }.reviewComment", equalTo("수치 근거를 붙여 주세요"));

        MultipartUpload.Answer elsewhere = MultipartUpload.bearer(data.token(author))
                .field("scope", "SUBMISSION")
                .field("scopeId", other.id())
                .file("x.pdf", "%PDF-1.7\n".getBytes())
                .post();
        assertEquals(404, elsewhere.status());
    }
}
