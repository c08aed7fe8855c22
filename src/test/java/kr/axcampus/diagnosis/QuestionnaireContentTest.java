package kr.axcampus.diagnosis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.catalog.CatalogImport;
import kr.axcampus.catalog.CatalogImporter;
import kr.axcampus.catalog.CatalogReader;
import kr.axcampus.catalog.ContentFixture;
import kr.axcampus.catalog.ContentProblem;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The questionnaire as content: checked with the catalogue, all or nothing, and never changed under a version. */
@QuarkusTest
class QuestionnaireContentTest {
    private static final String FILE = "diagnosis/questionnaire.yaml";

    @Inject
    CatalogReader reader;

    @Inject
    CatalogImporter importer;

    @Inject
    TestData data;

    @ConfigProperty(name = "axcampus.content.dir")
    String contentDir;

    @Test
    void theShippedQuestionnaireValidates() {
        CatalogReader.Result result = reader.read(Path.of(contentDir));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aBrokenQuestionnaireFailsTheImportWithEveryProblemListedAndChangesNothing() throws IOException {
        String shipped = shipped();
        String broken = shipped.replaceFirst(
                        "      - code: strategy-budget\n", "      - code: strategy-budget\n        weight: 2\n")
                .replace("          - {ko: 배정된 것이 없다, en: Nothing is assigned}\n", "")
                .replace("    minScore: 3.0\n", "    minScore: 2.0\n");
        Path tree = withQuestionnaire(broken);
        CatalogImporter.Report report = importer.importFrom(tree, CatalogImport.Trigger.RELOAD, null);
        assertEquals(CatalogImport.Outcome.INVALID, report.outcome());
        List<String> problems = report.problems().stream()
                .filter(p -> p.file().equals(FILE))
                .map(ContentProblem::message)
                .toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("unknown key 'weight'"), problems.get(0));
        assertTrue(problems.get(1).contains("exactly 5 level descriptions"), problems.get(1));
        assertTrue(problems.get(2).contains("overlaps the stage before it"), problems.get(2));
        current().body("version", equalTo(1)).body("stages[2].minScore", equalTo(3.0f));
    }

    @Test
    void anImportedVersionNeverChangesAndANewOneLeavesOldDiagnosesAsTheyWere() throws IOException {
        String shipped = shipped();
        String reworded = shipped.replace("AI 도입을 논의한 적이 없다", "AI 도입을 한 번도 논의하지 않았다");
        CatalogImporter.Report sameVersion =
                importer.importFrom(withQuestionnaire(reworded), CatalogImport.Trigger.RELOAD, null);
        assertEquals(CatalogImport.Outcome.INVALID, sameVersion.outcome());
        assertTrue(sameVersion.problems().get(0).message().contains("raise 'version'"), sameVersion.toString());

        CompanyView company = data.company("버전 회사");
        UserView expert = data.user("version-pass-1", null, Role.INSTRUCTOR);
        String old = data.diagnosis(company, expert);
        answer(expert, old);
        try {
            CatalogImporter.Report newer = importer.importFrom(
                    withQuestionnaire(reworded.replaceFirst("version: 1\n", "version: 2\n")),
                    CatalogImport.Trigger.RELOAD,
                    null);
            assertEquals(CatalogImport.Outcome.APPLIED, newer.outcome(), newer.toString());
            current()
                    .body("version", equalTo(2))
                    .body("dimensions[0].questions[0].levels[0].ko", equalTo("AI 도입을 한 번도 논의하지 않았다"));
            given().auth()
                    .oauth2(data.tokenFor(Role.ADMIN, null))
                    .get("/api/diagnoses/" + old)
                    .then()
                    .statusCode(200)
                    .body("questionnaireVersion", equalTo(1))
                    .body("overall", equalTo(4.0f));
            given().auth()
                    .oauth2(data.tokenFor(Role.ADMIN, null))
                    .queryParam("version", 1)
                    .get("/api/diagnosis/questionnaire")
                    .then()
                    .statusCode(200)
                    .body("dimensions[0].questions[0].levels[0].ko", equalTo("AI 도입을 논의한 적이 없다"));
            String fresh = data.diagnosis(company, expert);
            given().auth()
                    .oauth2(data.tokenFor(Role.ADMIN, null))
                    .get("/api/diagnoses/" + fresh)
                    .then()
                    .body("questionnaireVersion", equalTo(2));
        } finally {
            // The shipped folder is what every other test diagnoses on.
            assertEquals(
                    CatalogImport.Outcome.APPLIED,
                    importer.importContent(CatalogImport.Trigger.RELOAD, null).outcome());
        }
        current().body("version", equalTo(1));
    }

    private void answer(UserView expert, String diagnosis) {
        given().auth()
                .oauth2(data.token(expert))
                .contentType(ContentType.JSON)
                .body(Map.of("answers", DiagnosisTest.all(4)))
                .put("/api/diagnoses/" + diagnosis + "/answers")
                .then()
                .statusCode(200);
    }

    private ValidatableResponse current() {
        return given().auth()
                .oauth2(data.tokenFor(Role.LEARNER, UUID.randomUUID()))
                .get("/api/diagnosis/questionnaire")
                .then()
                .statusCode(200);
    }

    private String shipped() throws IOException {
        return Files.readString(Path.of(contentDir).resolve(FILE));
    }

    /** A copy of the run's content folder with another questionnaire. */
    private Path withQuestionnaire(String text) throws IOException {
        Path tree = Files.createTempDirectory(Path.of(contentDir).getParent(), "questionnaire");
        ContentFixture fixture = ContentFixture.copyOfShipped(Path.of(contentDir), tree);
        Files.writeString(fixture.root().resolve(FILE), text);
        return fixture.root();
    }
}
