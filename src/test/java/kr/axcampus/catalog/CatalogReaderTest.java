package kr.axcampus.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The content checks, on fixture trees and on the content/ folder that ships. */
class CatalogReaderTest {
    /** The centre's defaults as shipped: 18 h for professional courses, 80 % attendance, logs up to 6 h. */
    static final CompletionDefaults SHIPPED_DEFAULTS = track ->
            new CompletionPolicy(0.8, track == Track.PROFESSIONAL_AX ? 1080 : 0, 360, false, false, false, false);

    private final CatalogReader reader = new CatalogReader(new LessonRenderer(), SHIPPED_DEFAULTS, List.of());

    @Test
    void theShippedCatalogueIsValidAndMeetsTheProgrammeHours() {
        CatalogReader.Result result = reader.read(Path.of("content"));
        assertEquals(List.of(), result.problems(), "content/ must import without problems");
        List<CourseDefinition> general = result.courses().stream()
                .filter(c -> c.track() == Track.GENERAL_AX)
                .toList();
        List<CourseDefinition> professional = result.courses().stream()
                .filter(c -> c.track() == Track.PROFESSIONAL_AX)
                .toList();
        assertTrue(general.size() >= 2, "at least two CEO insight courses");
        general.forEach(c -> assertTrue(
                c.plannedMinutes() >= 120 && c.plannedMinutes() <= 240,
                c.code() + " runs 2-4 h, plans " + c.plannedMinutes()));
        assertTrue(professional.size() >= 3, "at least three professional courses");
        for (CourseDefinition course : professional) {
            assertTrue(course.practicumMinutes() >= 1080, course.code() + " plans " + course.practicumMinutes());
            long labs = course.modules().stream()
                    .flatMap(m -> m.lessons().stream())
                    .filter(l -> l.kind() == LessonKind.LAB)
                    .count();
            assertTrue(labs >= 3, course.code() + " has hands-on labs");
            assertFalse(course.attachments().isEmpty(), course.code() + " ships practice data its labs link to");
        }
    }

    @Test
    void aValidTreeReadsWithLinksRewrittenAndAttachmentsListed(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir).professionalCourse("PX-TEST", 1080);
        CatalogReader.Result result = reader.read(content.root());
        assertEquals(List.of(), result.problems());
        CourseDefinition course = result.courses().get(0);
        assertEquals(1140, course.plannedMinutes());
        assertEquals(1080, course.practicumMinutes());
        CourseDefinition.Lesson intro = course.modules().get(0).lessons().get(0);
        assertEquals("01-intro", intro.code());
        assertTrue(intro.html().contains("href=\"/courses/PX-TEST/lessons/01-report\""), intro.html());
        CourseDefinition.Lesson lab = course.modules().get(1).lessons().get(0);
        assertTrue(lab.html().contains("href=\"/courses/PX-TEST/files/data/sales.csv\""), lab.html());
        assertEquals(
                List.of("data/sales.csv"),
                course.attachments().stream()
                        .map(CourseDefinition.Attachment::path)
                        .toList());
    }

    @Test
    void everyKindOfProblemIsReportedAtOnceAndNoCourseIsReturned(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir)
                .professionalCourse("PX-GOOD", 1200)
                .professionalCourse("PX-SHORT", 1079)
                .professionalCourse("PX-DUP", 1080)
                .professionalCourse("PX-DUP-COPY", 1080)
                .professionalCourse("PX-MISSING", 1080)
                .professionalCourse("PX-TAGGED", 1080)
                .professionalCourse("PX-FRONT", 1080);
        content.write(
                "courses/PX-DUP-COPY/course.yaml",
                read(dir, "courses/PX-DUP-COPY/course.yaml").replace("code: PX-DUP-COPY", "code: PX-DUP"));
        content.write(
                "courses/PX-MISSING/course.yaml",
                read(dir, "courses/PX-MISSING/course.yaml")
                        .replace("lessons: [m1/01-intro.md]", "lessons: [m1/01-intro.md, m1/02-gone.md]"));
        content.write(
                "courses/PX-TAGGED/course.yaml",
                read(dir, "courses/PX-TAGGED/course.yaml")
                        .replace("tags: [data-analysis]", "tags: [data-analysis, time-travel]"));
        content.write("courses/PX-FRONT/m1/01-intro.md", "---\ntitle: [broken\nminutes: 30\n---\n본문\n");

        CatalogReader.Result result = reader.read(content.root());

        List<String> problems =
                result.problems().stream().map(ContentProblem::toString).toList();
        assertTrue(result.courses().isEmpty(), "nothing to apply when anything is wrong");
        assertHas(
                problems,
                "courses/PX-SHORT/course.yaml: a PROFESSIONAL_AX course must plan at least 1080 "
                        + "practicum minutes; PRACTICUM modules plan 1079");
        assertHas(problems, "courses: course code PX-DUP is used by 2 folders: PX-DUP, PX-DUP-COPY");
        assertHas(problems, "courses/PX-MISSING/course.yaml: lesson file m1/02-gone.md does not exist");
        assertHas(problems, "courses/PX-TAGGED/course.yaml: tag 'time-travel' is not in tags.yaml");
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.startsWith("courses/PX-FRONT/m1/01-intro.md: front matter is not valid YAML")),
                String.join("\n", problems));
        assertFalse(problems.stream().anyMatch(p -> p.contains("PX-GOOD")), "the good course has no problem");
    }

    @Test
    void labsNeedTheirFourSectionsAndLinksMustPointInsideTheCourse(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir).professionalCourse("PX-LAB", 1080);
        content.write("courses/PX-LAB/labs/01-report.md", """
                ---
                title: 보고서
                titleEn: Report
                minutes: 1080
                kind: LAB
                ---
                ## 목표
                [다른 과정](../../PX-OTHER/data/x.csv) [없는 파일](../data/none.csv)
                """);
        List<String> problems = reader.read(content.root()).problems().stream()
                .map(ContentProblem::toString)
                .toList();
        for (String section : List.of("단계", "산출물", "확인 방법")) {
            assertHas(problems, "courses/PX-LAB/labs/01-report.md: a LAB needs the section '## " + section + "'");
        }
        assertHas(
                problems,
                "courses/PX-LAB/labs/01-report.md: links to ../../PX-OTHER/data/x.csv, which is not a "
                        + "file in the course folder");
        assertHas(
                problems,
                "courses/PX-LAB/labs/01-report.md: links to ../data/none.csv, which is not a file in "
                        + "the course folder");
    }

    @Test
    void theHashChangesWithAnyFileOfTheCourse(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir).professionalCourse("PX-HASH", 1080);
        String before = reader.read(content.root()).courses().get(0).contentHash();
        assertEquals(before, reader.read(content.root()).courses().get(0).contentHash(), "stable when unchanged");
        content.write("courses/PX-HASH/data/sales.csv", "month,amount\n2026-01,101\n");
        assertNotEquals(before, reader.read(content.root()).courses().get(0).contentHash());
    }

    private static void assertHas(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), "expected «" + expected + "» in:\n" + String.join("\n", problems));
    }

    private static String read(Path dir, String path) {
        try {
            return java.nio.file.Files.readString(dir.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anUnquotedCommaInATextIsRefusedNamingTheFileAndTheKey(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir).professionalCourse("PX-COMMA", 1080);
        Path yaml = content.root().resolve("courses/PX-COMMA/course.yaml");
        content.write(
                "courses/PX-COMMA/course.yaml",
                readString(yaml)
                        .replace(
                                "title: {ko: 이해, en: Understanding}",
                                "title: {ko: 비용 모델 — 구독, API, 온프레미스, en: Cost model}"));
        CatalogReader.Result result = reader.read(content.root());
        assertTrue(result.courses().isEmpty(), "nothing is imported");
        List<String> problems = result.problems().stream()
                .map(p -> p.file() + ": " + p.message())
                .toList();
        assertTrue(
                problems.contains("courses/PX-COMMA/course.yaml: modules[0].title: unknown key 'API' "
                        + "(a comma inside an unquoted text splits it; put the text in quotes)"),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("modules[0].title: unknown key '온프레미스'")),
                problems.toString());
    }

    @Test
    void everyMappingIsReadStrictly(@TempDir Path dir) {
        ContentFixture content = new ContentFixture(dir).professionalCourse("PX-STRICT", 1080, "  passRate: 0.7");
        content.write("regions.yaml", "regions:\n  - code: SEOUL\n    name: {ko: 서울권, en: Seoul}\n    capital: 서울\n");
        Path intro = content.root().resolve("courses/PX-STRICT/m1/01-intro.md");
        content.write(
                "courses/PX-STRICT/m1/01-intro.md",
                readString(intro).replace("minutes: 30", "minutes: 30\nauthor: 김강사"));
        List<String> problems = reader.read(content.root()).problems().stream()
                .map(p -> p.file() + ": " + p.message())
                .toList();
        assertTrue(
                problems.stream()
                        .anyMatch(
                                p -> p.startsWith("courses/PX-STRICT/course.yaml: completion: unknown key 'passRate'")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("regions.yaml: regions[0]: unknown key 'capital'")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p ->
                                p.startsWith("courses/PX-STRICT/m1/01-intro.md: front matter: unknown key 'author'")),
                problems.toString());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
