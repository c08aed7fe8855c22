package kr.axcampus.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small content trees for catalogue tests: a tags file and courses made of text files. */
public final class ContentFixture {
    private final Path root;

    /** A copy of the test run's content folder in {@code tree}, to add fixture courses beside the shipped ones. */
    public static ContentFixture copyOfShipped(Path contentDir, Path tree) throws IOException {
        try (var files = Files.walk(contentDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = tree.resolve(contentDir.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return new ContentFixture(tree);
    }

    ContentFixture(Path root) {
        this.root = root;
        if (Files.exists(root.resolve("tags.yaml"))) {
            return;
        }
        write("tags.yaml", """
                tags:
                  - code: document-automation
                    name: {ko: 문서 자동화, en: Document automation}
                  - code: data-analysis
                    name: {ko: 데이터 분석, en: Data analysis}
                """);
    }

    public Path root() {
        return root;
    }

    ContentFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid professional course: a lecture and {@code practicumMinutes} of PRACTICUM with one lab. */
    public ContentFixture professionalCourse(String code, int practicumMinutes) {
        return professionalCourse(code, practicumMinutes, "");
    }

    /** The same with a {@code completion:} block ({@code completion} holds its lines, indented by two). */
    public ContentFixture professionalCourse(String code, int practicumMinutes, String completion) {
        write("courses/" + code + "/course.yaml", """
                code: %s
                title: {ko: 테스트 실무 과정, en: Test practitioner course}
                track: PROFESSIONAL_AX
                audience: {ko: 실무자, en: Practitioners}
                summary: {ko: 요약, en: Summary}
                outcomes:
                  - {ko: 보고서를 자동화한다, en: Automates a report}
                tags: [data-analysis]
                prerequisites: []
                %smodules:
                  - code: m1
                    title: {ko: 이해, en: Understanding}
                    kind: LECTURE
                    plannedMinutes: 60
                    lessons: [m1/01-intro.md]
                  - code: lab1
                    title: {ko: 실습, en: Lab}
                    kind: PRACTICUM
                    plannedMinutes: %d
                    lessons: [labs/01-report.md]
                """.formatted(
                        code, completion.isEmpty() ? "" : "completion:\n" + completion + "\n", practicumMinutes));
        write("courses/" + code + "/m1/01-intro.md", """
                ---
                title: 소개
                titleEn: Introduction
                minutes: 30
                ---
                # 소개

                [실습으로 가기](../labs/01-report.md)
                """);
        write("courses/" + code + "/labs/01-report.md", """
                ---
                title: 보고서 자동화
                titleEn: Automating a report
                minutes: %d
                kind: LAB
                ---
                ## 목표
                월간 보고서를 자동으로 만든다.

                ## 단계
                1. [매출 데이터](../data/sales.csv)를 내려받는다.

                ## 산출물
                보고서 파일

                ## 확인 방법
                - 합계가 맞는다.
                """.formatted(practicumMinutes));
        write("courses/" + code + "/data/sales.csv", "month,amount\n2026-01,100\n");
        return this;
    }
}
