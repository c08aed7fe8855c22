package kr.axcampus.attendance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestFiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Evidence is real: a learner's photo or file in the cohort's EVIDENCE scope, readable by them and
 * the cohort's instructors, and the only thing a correction request or a practice log may point to.
 */
@QuarkusTest
class EvidenceTest {

    @Inject
    TestData data;

    private String upload(UserView who, String scope, String scopeId, String name, byte[] bytes, int status) {
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(who))
                .field("scope", scope)
                .field("scopeId", scopeId)
                .file(name, bytes)
                .post();
        assertEquals(status, answer.status(), answer.response().body());
        return status == 201 ? answer.json().getString("id") : null;
    }

    private void correction(UserView learner, SessionView session, String evidence, int status, String field) {
        var answer = given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("requestedStatus", "PRESENT", "reason", "종이 출석부에 서명했습니다", "evidenceMaterialId", evidence))
                .post("/api/sessions/" + session.id() + "/attendance/" + learner.id() + "/correction-requests")
                .then()
                .statusCode(status);
        if (field != null) {
            answer.body("errors[0].field", equalTo(field)).body("errors[0].code", equalTo("not-your-evidence"));
        }
    }

    @Test
    void aCorrectionOrALogPointsOnlyToTheLearnersOwnEvidenceInTheCohort() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UUID company = UUID.fromString(data.company("증빙 회사").id());
        UserView learner = data.user("learner-pass-1", company, Role.LEARNER);
        UserView peer = data.user("learner-pass-1", company, Role.LEARNER);
        UserView ceoElsewhere =
                data.user("ceo-pass-1", UUID.fromString(data.company("남의 증빙 회사").id()), Role.CEO);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        CohortView other = data.cohort("PX-OFFICE-GENAI", 10, otherInstructor);
        data.enroll(cohort, learner);
        data.enroll(cohort, peer);
        data.enroll(other, learner);
        SessionView session = data.session(cohort, Instant.now().minus(Duration.ofHours(3)), 120, SessionKind.LECTURE);

        String photo = upload(learner, "EVIDENCE", cohort.id(), "출석부.png", TestFiles.PNG, 201);
        String peersPhoto = upload(peer, "EVIDENCE", cohort.id(), "동료.png", TestFiles.PNG, 201);
        String elsewhere = upload(learner, "EVIDENCE", other.id(), "다른 기수.png", TestFiles.PNG, 201);
        String deliverable = upload(learner, "SUBMISSION", cohort.id(), "보고서.pdf", "%PDF-1.7\n".getBytes(), 201);
        upload(learner, "EVIDENCE", cohort.id(), "notes.zip", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}, 415);
        upload(instructor, "EVIDENCE", cohort.id(), "강사.png", TestFiles.PNG, 403);

        // Who reads it: the learner and the cohort's instructor; not a peer, not another cohort's
        // instructor, not another company's CEO.
        for (UserView reader : new UserView[] {learner, instructor}) {
            given().auth()
                    .oauth2(data.token(reader))
                    .redirects()
                    .follow(false)
                    .get("/api/materials/" + photo + "/content")
                    .then()
                    .statusCode(303);
        }
        for (UserView stranger : new UserView[] {peer, otherInstructor, ceoElsewhere}) {
            given().auth()
                    .oauth2(data.token(stranger))
                    .redirects()
                    .follow(false)
                    .get("/api/materials/" + photo + "/content")
                    .then()
                    .statusCode(404);
        }

        correction(learner, session, UUID.randomUUID().toString(), 400, "evidenceMaterialId");
        correction(learner, session, peersPhoto, 400, "evidenceMaterialId");
        correction(learner, session, elsewhere, 400, "evidenceMaterialId");
        correction(learner, session, deliverable, 400, "evidenceMaterialId");
        correction(learner, session, photo, 201, null);

        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "minutes",
                        30,
                        "performedOn",
                        LocalDate.now().toString(),
                        "description",
                        "실습 결과 캡처",
                        "evidenceMaterialId",
                        peersPhoto))
                .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidenceMaterialId"));
        String lab = upload(learner, "EVIDENCE", cohort.id(), "결과.png", TestFiles.PNG, 201);
        given().auth()
                .oauth2(data.token(learner))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "minutes",
                        30,
                        "performedOn",
                        LocalDate.now().toString(),
                        "description",
                        "실습 결과 캡처",
                        "evidenceMaterialId",
                        lab))
                .post("/api/cohorts/" + cohort.id() + "/practice-logs")
                .then()
                .statusCode(201)
                .body("evidenceMaterialId", equalTo(lab));
    }
}
