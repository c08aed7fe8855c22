package kr.axcampus.diagnosis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.MultipartUpload;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestFiles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagnosis report as PDF: a valid document, Korean text intact, and the signed-off one kept in the diagnosis's scope. */
@QuarkusTest
class DiagnosisReportTest {
    private static final String PASSWORD = "report-pass-1";

    @Inject
    TestData data;

    @Test
    void theReportIsAValidPdfWhoseKoreanTextExtractsAndTheSignedOffOneIsKept() throws Exception {
        CompanyView company = data.company("보고서 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView expert = data.named("보고서 전문가", PASSWORD, null, Role.INSTRUCTOR);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        UserView otherCeo =
                data.user(PASSWORD, UUID.fromString(data.company("남의 회사").id()), Role.CEO);
        String id = data.diagnosis(company, expert);
        given().auth()
                .oauth2(data.token(expert))
                .contentType(ContentType.JSON)
                .body(Map.of("answers", DiagnosisTest.all(3), "notes", Map.of("data", "생산 실적을 엑셀로 관리한다")))
                .put("/api/diagnoses/" + id + "/answers")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(expert))
                .contentType(ContentType.JSON)
                .body(DiagnosisTest.bottleneck("견적서 작성", 12, 4, 4))
                .post("/api/diagnoses/" + id + "/bottlenecks")
                .then()
                .statusCode(201);

        // The expert's site photo sits in the diagnosis's scope: the CEO reads it, nobody else adds to it.
        MultipartUpload.Answer photo = MultipartUpload.bearer(data.token(expert))
                .field("scope", "DIAGNOSIS")
                .field("scopeId", id)
                .file("현장 사진.png", TestFiles.PNG)
                .post();
        assertEquals(201, photo.status(), photo.response().body());
        assertEquals(
                403,
                MultipartUpload.bearer(data.token(ceo))
                        .field("scope", "DIAGNOSIS")
                        .field("scopeId", id)
                        .file("사진.png", TestFiles.PNG)
                        .post()
                        .status());
        given().auth()
                .oauth2(data.token(ceo))
                .redirects()
                .follow(false)
                .get("/api/materials/" + photo.json().getString("id") + "/content")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(data.token(otherCeo))
                .get("/api/materials/" + photo.json().getString("id") + "/content")
                .then()
                .statusCode(404);

        byte[] draft = given().auth()
                .oauth2(data.token(ceo))
                .header("Accept-Language", "ko")
                .get("/api/diagnoses/" + id + "/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        String text = textOf(draft);
        for (String expected : List.of(
                company.name() + " AI 준비도 진단",
                "작성 중",
                "종합 3.00점",
                "확산",
                "전략·리더십",
                "거버넌스·보안",
                "생산 실적을 엑셀로 관리한다",
                "견적서 작성",
                "문서 자동화")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        given().auth()
                .oauth2(data.token(otherCeo))
                .get("/api/diagnoses/" + id + "/report.pdf")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(data.token(expert))
                .contentType(ContentType.JSON)
                .post("/api/diagnoses/" + id + "/submit")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(data.token(ceo))
                .contentType(ContentType.JSON)
                .post("/api/diagnoses/" + id + "/sign-off")
                .then()
                .statusCode(200);
        Response kept = given().auth()
                .oauth2(data.token(ceo))
                .header("Accept-Language", "en")
                .redirects()
                .follow(false)
                .get("/api/diagnoses/" + id + "/report.pdf");
        assertEquals(303, kept.statusCode());
        byte[] signed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(kept.header("Location")))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        String signedText = textOf(signed);
        assertTrue(signedText.contains("대표 확인 완료"), "the kept report is the signed-off one, in Korean:\n" + signedText);
        // Asking again answers the same kept file, for the expert too.
        Response again = given().auth()
                .oauth2(data.token(expert))
                .redirects()
                .follow(false)
                .get("/api/diagnoses/" + id + "/report.pdf");
        assertEquals(303, again.statusCode());
        given().auth()
                .oauth2(data.token(ceo))
                .queryParam("scope", "DIAGNOSIS")
                .queryParam("scopeId", id)
                .get("/api/materials")
                .then()
                .statusCode(200)
                .body("name", hasItem("현장 사진.png"))
                .body("name", hasItem(company.name() + " AI 준비도 진단 " + LocalDate.now() + ".pdf"));
        given().auth()
                .oauth2(data.token(otherCeo))
                .queryParam("scope", "DIAGNOSIS")
                .queryParam("scopeId", id)
                .get("/api/materials")
                .then()
                .statusCode(404);
    }

    /** The document's text as a reader's viewer extracts it; the fonts must be embedded. */
    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            return new PDFTextStripper().getText(document);
        }
    }
}
