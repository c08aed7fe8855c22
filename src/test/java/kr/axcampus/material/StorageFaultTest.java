package kr.axcampus.material;

import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.FaultControl;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Object storage going away: readiness reports it, uploads answer 503 within the storage
 * timeout (2 s in tests) without leaving a row, and everything works again once it is back.
 */
@QuarkusTest
class StorageFaultTest {
    private static final long TIMEOUT_MILLIS = 2000;

    @Inject
    TestData data;

    private static void s3(String command) {
        FaultControl.send(TestInfrastructure.S3_CONTROL, command);
    }

    @AfterEach
    void restart() {
        s3("start");
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(5).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
        return bytes;
    }

    /** With a declared size the file goes as one streamed PUT, without it as a multipart upload: both must fail fast. */
    private void uploadsFailFastAndLeaveNothing(UserView instructor, CohortView cohort, boolean declareSize) {
        byte[] bytes = pdf(2 * 1024 * 1024);
        MultipartUpload upload = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id());
        if (declareSize) {
            upload.field("size", String.valueOf(bytes.length));
        }
        MultipartUpload.Answer answer = upload.file("자료.pdf", bytes).post();
        assertEquals(503, answer.status(), answer.response().body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("/problems/storage-unavailable", answer.json().getString("type"));
        assertTrue(answer.millis() < 3 * TIMEOUT_MILLIS, "answered in " + answer.millis() + " ms");
        given().when().get("/q/health/ready").then().statusCode(503);
        given().auth()
                .oauth2(data.token(instructor))
                .queryParam("scope", "COHORT")
                .queryParam("scopeId", cohort.id())
                .when()
                .get("/api/materials")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    private void uploadsWorkAgain(UserView instructor, CohortView cohort) {
        given().when().get("/q/health/ready").then().statusCode(200);
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("자료.pdf", pdf(1024 * 1024))
                .post();
        assertEquals(201, answer.status(), answer.response().body());
    }

    @Test
    void aStoppedStorageServerIsReportedAndRefusedPromptly() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        s3("stop");
        uploadsFailFastAndLeaveNothing(instructor, cohort, false);
        uploadsFailFastAndLeaveNothing(instructor, cohort, true);
        s3("start");
        uploadsWorkAgain(instructor, cohort);
    }

    @Test
    void aStorageServerThatNeverAnswersDoesNotHangUploads() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        s3("stop");
        s3("hang");
        uploadsFailFastAndLeaveNothing(instructor, cohort, false);
        uploadsFailFastAndLeaveNothing(instructor, cohort, true);
        s3("start");
        uploadsWorkAgain(instructor, cohort);
    }
}
