package kr.axcampus.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.common.Role;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Import against the database: the test run's own copy of content/ (which this class
 * breaks and mends) and fixture trees written next to it.
 */
@QuarkusTest
class CatalogImportTest {
    @Inject
    CatalogImporter importer;

    @Inject
    TestData data;

    @ConfigProperty(name = "axcampus.content.dir")
    String contentDir;

    @ConfigProperty(name = "quarkus.application.version")
    String release;

    @Test
    void reimportingUnchangedContentIsANoOp() {
        long courses = Course.count();
        CatalogImporter.Report report = importer.importContent(CatalogImport.Trigger.RELOAD, null);
        assertEquals(CatalogImport.Outcome.APPLIED, report.outcome());
        assertEquals(0, report.added() + report.changed() + report.archived(), report.toString());
        assertEquals(courses, Course.count());
    }

    @Test
    void aStartReadsContentChangedWhileTheAppWasDownAndFindsUnchangedContentByItsDigest() throws IOException {
        importer.importContent(CatalogImport.Trigger.RELOAD, null);
        long live = Course.count("archivedAt is null");
        Path tree = Files.createTempDirectory(Path.of(contentDir).getParent(), "fixture");
        ContentFixture content = copyOfShipped(tree);
        try {
            CatalogImporter.Report same = importer.importFrom(content.root(), CatalogImport.Trigger.STARTUP, null);
            assertEquals(CatalogImport.Outcome.APPLIED, same.outcome());
            assertEquals(live, same.unchanged(), same.toString());
            assertEquals(0, same.added() + same.changed() + same.archived(), same.toString());

            Path lesson = tree.resolve("courses/GX-AX-LEADERSHIP/m1/01-why-ax-now.md");
            Files.writeString(lesson, Files.readString(lesson).replaceFirst("(?m)^title: .*$", "title: 바뀐 제목"));
            CatalogImporter.Report changed = importer.importFrom(content.root(), CatalogImport.Trigger.STARTUP, null);
            assertEquals(1, changed.changed(), changed.toString());
            Course course = course("GX-AX-LEADERSHIP");
            assertEquals("바뀐 제목", lessonTitle(course, "01-why-ax-now"));

            CatalogImporter.Report again = importer.importFrom(content.root(), CatalogImport.Trigger.STARTUP, null);
            assertEquals(live, again.unchanged(), again.toString());
            assertEquals(0, again.changed(), again.toString());
            assertEquals("바뀐 제목", lessonTitle(course, "01-why-ax-now"));
            String digest = QuarkusTransaction.requiringNew()
                    .call(() -> CatalogImport.<CatalogImport>find("order by createdAt desc")
                            .firstResult()
                            .contentDigest);
            assertEquals(ContentDigest.of(tree, release), digest, "the import records the folder it found");
        } finally {
            importer.importContent(CatalogImport.Trigger.STARTUP, null);
            deleteTree(tree);
        }
        assertNotEquals("바뀐 제목", lessonTitle(course("GX-AX-LEADERSHIP"), "01-why-ax-now"), "content/ again");
    }

    private static String lessonTitle(Course course, String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Lesson.<Lesson>find("courseId = ?1 and code = ?2", course.id, code)
                        .firstResult()
                        .titleKo);
    }

    @Test
    void aNewCourseIsAddedAChangedOneRewrittenAndARemovedOneArchived() throws IOException {
        Path tree = Files.createTempDirectory(Path.of(contentDir).getParent(), "fixture");
        ContentFixture content = copyOfShipped(tree).professionalCourse("PX-FIXTURE-LIFE", 1080);
        assertEquals(
                1,
                importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null)
                        .added());
        Course added = course("PX-FIXTURE-LIFE");
        assertEquals(1080, added.practicumMinutes);

        content.write(
                "courses/PX-FIXTURE-LIFE/m1/01-intro.md",
                "---\ntitle: 새 소개\ntitleEn: New intro\nminutes: 45\n" + "---\n본문이 바뀌었습니다.\n");
        CatalogImporter.Report changed = importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null);
        assertEquals(1, changed.changed(), changed.toString());
        Lesson intro =
                Lesson.find("courseId = ?1 and code = ?2", added.id, "01-intro").firstResult();
        assertEquals("새 소개", intro.titleKo);

        deleteTree(tree.resolve("courses/PX-FIXTURE-LIFE"));
        assertEquals(
                1,
                importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null)
                        .archived());
        Course archived = course("PX-FIXTURE-LIFE");
        assertNotNull(archived.archivedAt, "archived, not deleted");
        given().auth()
                .oauth2(data.tokenFor(Role.LEARNER, null))
                .queryParam("size", 200)
                .when()
                .get("/api/courses")
                .then()
                .body("items.code", org.hamcrest.Matchers.not(hasItem("PX-FIXTURE-LIFE")));
        given().auth()
                .oauth2(admin())
                .when()
                .get("/api/courses/PX-FIXTURE-LIFE")
                .then()
                .statusCode(200)
                .body("archived", equalTo(true));

        content.professionalCourse("PX-FIXTURE-LIFE", 1080);
        importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null);
        assertNull(course("PX-FIXTURE-LIFE").archivedAt, "back in content, back in the catalogue");
        deleteTree(tree.resolve("courses/PX-FIXTURE-LIFE"));
        importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null);
    }

    @Test
    void invalidContentChangesNothingAndTheReloadAnswerListsEveryProblem() throws IOException {
        Path shipped = Path.of(contentDir);
        Path yaml = shipped.resolve("courses/PX-OFFICE-GENAI/course.yaml");
        String original = Files.readString(yaml);
        Path lesson = shipped.resolve("courses/GX-AX-LEADERSHIP/m1/01-why-ax-now.md");
        String lessonText = Files.readString(lesson);
        String hashBefore = course("PX-OFFICE-GENAI").contentHash;
        long coursesBefore = Course.count();
        try {
            Files.writeString(
                    yaml,
                    original.replace("tags: [", "tags: [time-travel, ")
                            .replaceFirst(
                                    "kind: PRACTICUM\n(\\s+)plannedMinutes: \\d+",
                                    "kind: PRACTICUM\n$1plannedMinutes: 1"));
            Files.writeString(lesson, "front matter must come first\n" + lessonText);

            given().auth()
                    .oauth2(admin())
                    .contentType(ContentType.JSON)
                    .when()
                    .post("/api/catalog/reload")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-content"))
                    .body("errors.field", hasItem("courses/PX-OFFICE-GENAI/course.yaml"))
                    .body("errors.message", hasItem("tag 'time-travel' is not in tags.yaml"))
                    .body(
                            "errors.message",
                            hasItem(org.hamcrest.Matchers.startsWith(
                                    "a PROFESSIONAL_AX course must plan at least 1080 practicum minutes")))
                    .body("errors.field", hasItem("courses/GX-AX-LEADERSHIP/m1/01-why-ax-now.md"));

            assertEquals(hashBefore, course("PX-OFFICE-GENAI").contentHash, "nothing half-applied");
            assertEquals(coursesBefore, Course.count());
            given().auth()
                    .oauth2(admin())
                    .when()
                    .get("/api/catalog/imports/latest")
                    .then()
                    .statusCode(200)
                    .body("outcome", equalTo("INVALID"))
                    .body("problems.file", hasItem("courses/PX-OFFICE-GENAI/course.yaml"));
        } finally {
            Files.writeString(yaml, original);
            Files.writeString(lesson, lessonText);
        }
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .when()
                .post("/api/catalog/reload")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("APPLIED"));
    }

    @Test
    void onlyOperatorsReload() {
        for (Role role : new Role[] {Role.LEARNER, Role.INSTRUCTOR, Role.CEO}) {
            given().auth()
                    .oauth2(data.tokenFor(role, null))
                    .contentType(ContentType.JSON)
                    .when()
                    .post("/api/catalog/reload")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/catalog/reload")
                .then()
                .statusCode(401);
    }

    /** A real operator: the import record names who asked for it. */
    private String admin() {
        return data.token(data.user("admin-pass-1", null, Role.ADMIN));
    }

    private static Course course(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Course.<Course>find("code", code).firstResult());
    }

    private ContentFixture copyOfShipped(Path tree) throws IOException {
        return ContentFixture.copyOfShipped(Path.of(contentDir), tree);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
