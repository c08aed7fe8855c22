package kr.axcampus.delivery;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing a cohort: results frozen from the progress room and kept until an operator reopens it;
 * certificates for the completed, verifiable by anyone, revocable by operators.
 */
@QuarkusTest
class ClosingTest {
    private static final String PASSWORD = "closing-pass-1";
    private static final String COURSE = "PX-OFFICE-GENAI";

    @Inject
    TestData data;

    @Inject
    FinishedCohorts cohorts;

    ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    @Test
    void aCohortClosesOnlyAfterItsLastSessionEnds() {
        UserView instructor = data.user(PASSWORD, null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort(COURSE, 10, instructor);
        data.session(cohort, Instant.now().minus(Duration.ofDays(1)), 120, SessionKind.LECTURE);
        SessionView later = data.session(cohort, Instant.now().plus(Duration.ofDays(2)), 120, SessionKind.LECTURE);
        post(data.token(instructor), "/api/cohorts/" + cohort.id() + "/close", Map.of())
                .statusCode(409)
                .body("type", equalTo("/problems/sessions-not-ended"))
                .body("detail", containsString(later.id()))
                .body("errors[0].field", equalTo("sessionId"));
        given().auth()
                .oauth2(data.token(instructor))
                .get("/api/cohorts/" + cohort.id() + "/results")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/cohort-open"));
    }

    @Test
    void closingFreezesTheProgressRoomsNumbersAndNothingChangesUntilAnOperatorReopens() {
        FinishedCohorts.Cohort c = cohorts.finished();
        String teacher = data.token(c.instructor());
        String admin = data.tokenFor(Role.ADMIN, null);
        JsonPath live = given().auth()
                .oauth2(teacher)
                .get("/api/cohorts/" + c.cohort().id() + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath closed = post(teacher, "/api/cohorts/" + c.cohort().id() + "/close", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        for (UserView learner : List.of(c.completer(), c.absentee())) {
            String at = "find { it.userId == '" + learner.id() + "' }.";
            assertEquals(live.getInt(at + "practicumMinutes"), closed.getInt(at + "practicumMinutes"));
            assertEquals(live.getInt(at + "creditedMinutes"), closed.getInt(at + "creditedMinutes"));
            assertEquals(live.getDouble(at + "attendanceRate"), closed.getDouble(at + "attendanceRate"), 1e-4);
        }
        String completed = "find { it.userId == '" + c.completer().id() + "' }.";
        String absent = "find { it.userId == '" + c.absentee().id() + "' }.";
        assertEquals("COMPLETED", closed.getString(completed + "result"));
        assertEquals("NOT_COMPLETED", closed.getString(absent + "result"));
        assertTrue(closed.getList(absent + "reasons.code").contains("ATTENDANCE_LOW"));
        String serial = closed.getString(completed + "certificateSerial");
        assertTrue(serial.matches("AX\\d\\d-[0-9A-HJKMNP-TV-Z]{8}"), serial);
        assertEquals(null, closed.getString(absent + "certificateSerial"));
        post(teacher, "/api/cohorts/" + c.cohort().id() + "/close", Map.of())
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));

        // A correction after the close is refused, and the results stay as they were.
        cohorts.rollCall(teacher, c.session(), c.absentee(), "PRESENT")
                .statusCode(409)
                .body("type", equalTo("/problems/cohort-closed"));
        post(
                        teacher,
                        "/api/cohorts/" + c.cohort().id() + "/practicum-adjustments",
                        Map.of("userId", c.absentee().id(), "minutes", 60, "reason", "추가 인정"))
                .statusCode(409);
        given().auth()
                .oauth2(teacher)
                .get("/api/cohorts/" + c.cohort().id() + "/results")
                .then()
                .statusCode(200)
                .body(absent + "result", equalTo("NOT_COMPLETED"));
        given().auth()
                .oauth2(data.token(c.ceo()))
                .get("/api/cohorts/" + c.cohort().id() + "/results")
                .then()
                .statusCode(200)
                .body("userId", hasItem(c.absentee().id()));
        given().auth()
                .oauth2(data.token(c.absentee()))
                .get("/api/cohorts/" + c.cohort().id() + "/results")
                .then()
                .statusCode(200)
                .body("userId", contains(c.absentee().id()));

        // Only an operator reopens, and only with a reason; then the correction goes through.
        post(teacher, "/api/cohorts/" + c.cohort().id() + "/reopen", Map.of("reason", "출결 정정"))
                .statusCode(403);
        post(admin, "/api/cohorts/" + c.cohort().id() + "/reopen", Map.of())
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post(admin, "/api/cohorts/" + c.cohort().id() + "/reopen", Map.of("reason", "가".repeat(501)))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].code", equalTo("too-long"));
        post(admin, "/api/cohorts/" + c.cohort().id() + "/reopen", Map.of("reason", "출석부 재확인"))
                .statusCode(200);
        given().auth()
                .oauth2(teacher)
                .get("/api/cohorts/" + c.cohort().id() + "/results")
                .then()
                .statusCode(409);
        cohorts.rollCall(teacher, c.session(), c.absentee(), "PRESENT").statusCode(200);
        post(
                        teacher,
                        "/api/cohorts/" + c.cohort().id() + "/practicum-adjustments",
                        Map.of("userId", c.absentee().id(), "minutes", 1200, "reason", "현장 실습 인정"))
                .statusCode(201);
        JsonPath again = post(teacher, "/api/cohorts/" + c.cohort().id() + "/close", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath();
        // The absentee was present after all, but their deliverable is missing: still not completed, now for that
        // reason only.
        assertEquals(List.of("DELIVERABLE_MISSING"), again.getList(absent + "reasons.code"));
        assertEquals(
                serial, again.getString(completed + "certificateSerial"), "a learner still completed keeps the serial");
        given().auth()
                .oauth2(data.token(c.completer()))
                .get("/api/cohorts/" + c.cohort().id() + "/closures")
                .then()
                .statusCode(200)
                .body("change", contains("CLOSED", "REOPENED", "CLOSED"))
                .body("[1].reason", equalTo("출석부 재확인"));
    }

    @Test
    void aCertificatesQrOpensItsVerificationWhichSaysValidUntilRevoked() throws Exception {
        FinishedCohorts.Cohort c = cohorts.finished();
        String serial = post(
                        data.token(c.instructor()), "/api/cohorts/" + c.cohort().id() + "/close", Map.of())
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("find { it.userId == '" + c.completer().id() + "' }.certificateSerial");
        byte[] pdf = given().auth()
                .oauth2(data.token(c.completer()))
                .header("Accept-Language", "ko")
                .get("/api/certificates/" + serial + ".pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String verifyUrl;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("수료증", "한지민", "생성형 AI 업무 문서 자동화 실무", "전문AX", serial, "실습 24시간")) {
                assertTrue(text.contains(expected), expected + " in:\n" + text);
            }
            verifyUrl = qrOf(document);
        }
        assertTrue(verifyUrl.endsWith("/verify/" + serial), verifyUrl);

        given().auth()
                .oauth2(data.token(c.ceo()))
                .get("/api/certificates/" + serial + ".pdf")
                .then()
                .statusCode(200);
        for (UserView outsider : List.of(c.otherCeo(), c.absentee(), c.instructor())) {
            given().auth()
                    .oauth2(data.token(outsider))
                    .get("/api/certificates/" + serial + ".pdf")
                    .then()
                    .statusCode(404);
        }
        given().get("/api/public/certificates/" + serial)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("learnerName", equalTo("한*민"))
                .body("course", equalTo("생성형 AI 업무 문서 자동화 실무"))
                .body("completedOn", notNullValue())
                .body("email", nullValue());
        String page = given().accept(ContentType.HTML)
                .get(URI.create(verifyUrl).getPath())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("유효한 수료증입니다") && page.contains("한*민") && !page.contains("한지민"), page);

        post(data.token(c.instructor()), "/api/certificates/" + serial + "/revoke", Map.of("reason", "부정 수료"))
                .statusCode(403);
        post(
                        data.tokenFor(Role.ADMIN, null),
                        "/api/certificates/" + serial + "/revoke",
                        Map.of("reason", "가".repeat(501)))
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].code", equalTo("too-long"));
        post(data.tokenFor(Role.ADMIN, null), "/api/certificates/" + serial + "/revoke", Map.of("reason", "출석 기록 위조"))
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
        given().get("/api/public/certificates/" + serial).then().statusCode(200).body("status", equalTo("REVOKED"));
        given().auth()
                .oauth2(data.token(c.completer()))
                .get("/api/certificates/" + serial + ".pdf")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/certificate-revoked"));
        given().get("/api/public/certificates/AX26-NOTAREAL").then().statusCode(404);
        String unknown = given().accept(ContentType.HTML)
                .get("/verify/AX26-NOTAREAL")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertTrue(unknown.contains("수료증을 찾을 수 없습니다"), unknown);
        assertNotEquals(-1, unknown.indexOf("AX26-NOTAREAL"));
    }

    /** The text of the first QR code drawn in the document, as a phone's camera would read it. */
    private static String qrOf(PDDocument document) throws IOException, NotFoundException {
        var resources = document.getPage(0).getResources();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                BufferedImage picture = image.getImage();
                int[] pixels =
                        picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                return new MultiFormatReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))))
                        .getText();
            }
        }
        throw new AssertionError("the certificate has no QR code");
    }
}
