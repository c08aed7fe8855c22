package kr.axcampus.material;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.PageToken;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Materials in the real S3-compatible server: round trip, refusals and scope. */
@QuarkusTest
class MaterialResourceTest {
    @Inject
    TestData data;

    private MultipartUpload.Answer upload(UserView who, String scope, String scopeId, String name, byte[] bytes) {
        return MultipartUpload.bearer(data.token(who))
                .field("scope", scope)
                .field("scopeId", scopeId)
                .file(name, bytes)
                .post();
    }

    private ValidatableResponse content(UserView who, String materialId) {
        return given().auth()
                .oauth2(data.token(who))
                .redirects()
                .follow(false)
                .when()
                .get("/api/materials/" + materialId + "/content")
                .then();
    }

    private ValidatableResponse listed(UserView who, String scope, String scopeId) {
        return given().auth()
                .oauth2(data.token(who))
                .queryParam("scope", scope)
                .queryParam("scopeId", scopeId)
                .when()
                .get("/api/materials")
                .then()
                .statusCode(200);
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes();
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    @Test
    void twentyMegabytesGoInAndComeBackByAPresignedLinkWithTheirKoreanName() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("자료 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        data.enroll(cohort, learner);
        byte[] bytes = pdf(20 * 1024 * 1024);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        MultipartUpload.Answer answer = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .field("size", String.valueOf(bytes.length))
                .file("../../3주차 실습 안내서.pdf", bytes)
                .post();
        assertEquals(201, answer.status(), answer.response().body());
        String id = answer.json().getString("id");
        assertEquals(
                "/api/materials/" + id,
                answer.response().headers().firstValue("Location").orElseThrow());
        assertEquals(bytes.length, answer.json().getLong("size"));
        assertEquals(sha, answer.json().getString("sha256"));
        assertEquals("application/pdf", answer.json().getString("contentType"));
        assertEquals("3주차 실습 안내서.pdf", answer.json().getString("name"));
        assertEquals("COHORT", answer.json().getString("scope"));
        assertEquals(cohort.id(), answer.json().getString("scopeId"));
        listed(learner, "COHORT", cohort.id()).body("$", hasSize(1)).body("[0].id", equalTo(id));
        String location = content(learner, id).statusCode(303).extract().header("Location");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(bytes, download.body());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(
                download.headers()
                        .firstValue("Content-Disposition")
                        .orElseThrow()
                        .contains("filename*=UTF-8''3%EC%A3%BC%EC%B0%A8"),
                "the Korean name survives the download");
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndNothingIsKept() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        byte[] elf = new byte[4096];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        MultipartUpload.Answer refused = upload(instructor, "COHORT", cohort.id(), "syllabus.pdf", elf);
        assertEquals(415, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("/problems/unsupported-type", refused.json().getString("type"));
        listed(instructor, "COHORT", cohort.id()).body("$", hasSize(0));
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("유형 회사").id()), Role.LEARNER);
        data.enroll(cohort, learner);
        byte[] csv = "month,orders\n2026-01,120\n2026-02,135\n".getBytes();
        assertEquals(
                415,
                upload(learner, "SUBMISSION", cohort.id(), "data.csv", csv).status(),
                "deliverables are documents, archives or images");
        assertEquals(
                "text/csv",
                upload(instructor, "COHORT", cohort.id(), "실습 데이터.csv", csv)
                        .json()
                        .getString("contentType"));
        listed(instructor, "COHORT", cohort.id()).body("$", hasSize(1));
        MultipartUpload.Answer unknown = upload(instructor, "NOWHERE", cohort.id(), "a.pdf", pdf(100));
        assertEquals(400, unknown.status());
        assertEquals("scope", unknown.json().getString("errors[0].field"));
        MultipartUpload.Answer noFile = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .post();
        assertEquals(400, noFile.status());
        assertEquals("file", noFile.json().getString("errors[0].field"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWhetherItsLengthIsAnnouncedOrNotAndNothingIsKept() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        byte[] tooBig = pdf(25 * 1024 * 1024 + 1);
        MultipartUpload.Answer announced = upload(instructor, "COHORT", cohort.id(), "big.pdf", tooBig);
        assertEquals(413, announced.status());
        assertEquals("/problems/too-large", announced.json().getString("type"));
        MultipartUpload.Answer streamed = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("big.pdf", tooBig)
                .chunked()
                .post();
        assertEquals(413, streamed.status());
        assertEquals("application/problem+json", streamed.contentType());
        listed(instructor, "COHORT", cohort.id()).body("$", hasSize(0));
    }

    private static double uploads(String mode) {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("axcampus_uploads_total{") && l.contains("mode=\"" + mode + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void fieldsFirstStreamToStorageAndAFileFirstIsSpooledAndBrowsersProveTheirCsrfToken() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        byte[] bytes = pdf(3 * 1024 * 1024);
        double streamed = uploads("streamed");
        double spooled = uploads("spooled");
        assertEquals(
                201,
                upload(instructor, "COHORT", cohort.id(), "먼저 필드.pdf", bytes).status());
        assertEquals(streamed + 1, uploads("streamed"), "scope and scopeId first: the file streams to storage");
        MultipartUpload.Answer fileFirst = MultipartUpload.bearer(data.token(instructor))
                .file("먼저.pdf", bytes)
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .post();
        assertEquals(201, fileFirst.status(), fileFirst.response().body());
        assertEquals(bytes.length, fileFirst.json().getLong("size"));
        assertEquals(spooled + 1, uploads("spooled"), "the file first: spooled until the scope is known");
        MultipartUpload.Answer wrongSize = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .field("size", String.valueOf(bytes.length - 1))
                .file("짧게.pdf", bytes)
                .post();
        assertEquals(400, wrongSize.status(), wrongSize.response().body());
        assertEquals("size", wrongSize.json().getString("errors[0].field"));
        MultipartUpload.Answer hugeSize = MultipartUpload.bearer(data.token(instructor))
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .field("size", String.valueOf(1L << 40))
                .file("큰.pdf", bytes)
                .post();
        assertEquals(413, hugeSize.status(), "a declared size over the limit is refused before any file byte");

        String session = data.token(instructor);
        PageToken page = PageToken.of(session);
        String cookies = "axc_token=" + session + "; axc_csrf=" + page.nonce();
        MultipartUpload.Answer noToken = MultipartUpload.anonymous()
                .header("Cookie", cookies)
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("a.pdf", pdf(100))
                .post();
        assertEquals(400, noToken.status());
        assertEquals("/problems/csrf", noToken.json().getString("type"));
        MultipartUpload.Answer withToken = MultipartUpload.anonymous()
                .header("Cookie", cookies)
                .header("X-CSRF-TOKEN", page.token())
                .field("scope", "COHORT")
                .field("scopeId", cohort.id())
                .file("a.pdf", pdf(100))
                .post();
        assertEquals(201, withToken.status(), withToken.response().body());

        assertEquals(
                401,
                MultipartUpload.anonymous()
                        .field("scope", "COHORT")
                        .field("scopeId", cohort.id())
                        .file("a.pdf", pdf(100))
                        .post()
                        .status());
        assertEquals(
                401,
                MultipartUpload.bearer(data.token(instructor) + "x")
                        .field("scope", "COHORT")
                        .field("scopeId", cohort.id())
                        .file("a.pdf", pdf(100))
                        .post()
                        .status());
        listed(instructor, "COHORT", cohort.id()).body("$", hasSize(3));
    }

    @Test
    void materialsAndSubmissionsStayInsideTheirScope() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UUID company = UUID.fromString(data.company("범위 자료 회사").id());
        UserView author = data.user("learner-pass-1", company, Role.LEARNER);
        UserView peer = data.user("learner-pass-1", company, Role.LEARNER);
        UserView outsider = data.user("learner-pass-1", company, Role.LEARNER);
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView otherCeo =
                data.user("ceo-pass-1", UUID.fromString(data.company("남 자료 회사").id()), Role.CEO);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        data.enroll(cohort, author);
        data.enroll(cohort, peer);
        data.enroll(data.cohort("PX-OFFICE-GENAI", 10, otherInstructor), outsider);
        String material = upload(instructor, "COHORT", cohort.id(), "slides.pdf", pdf(2048))
                .json()
                .getString("id");
        String submission = upload(author, "SUBMISSION", cohort.id(), "결과 보고서.pdf", pdf(4096))
                .json()
                .getString("id");
        assertEquals(
                403, upload(author, "COHORT", cohort.id(), "x.pdf", pdf(100)).status());
        assertEquals(
                404,
                upload(otherCeo, "SUBMISSION", cohort.id(), "x.pdf", pdf(100)).status());
        assertEquals(
                404,
                upload(outsider, "SUBMISSION", cohort.id(), "x.pdf", pdf(100)).status());

        for (UserView refused : new UserView[] {outsider, otherInstructor, otherCeo}) {
            content(refused, material).statusCode(404);
        }
        content(peer, submission).statusCode(404);
        content(instructor, submission).statusCode(303);
        listed(peer, "SUBMISSION", cohort.id()).body("$", hasSize(0));
        listed(author, "SUBMISSION", cohort.id()).body("$", hasSize(1));
        listed(instructor, "SUBMISSION", cohort.id()).body("$", hasSize(1));

        given().auth()
                .oauth2(data.token(peer))
                .when()
                .delete("/api/materials/" + material)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(data.token(instructor))
                .when()
                .delete("/api/materials/" + material)
                .then()
                .statusCode(204);
        content(author, material).statusCode(404);
    }
}
