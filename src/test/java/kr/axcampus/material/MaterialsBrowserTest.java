package kr.axcampus.material;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real headless Chromium: an instructor uploads a file on the cohort page and a learner
 * downloads the same bytes; the learner hands in a deliverable, the instructor asks for
 * changes from the review queue, and the learner reads the comment.
 */
@QuarkusTest
class MaterialsBrowserTest {
    private static final String COHORT_SHELF = ".materials[data-scope='COHORT']";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void anInstructorUploadsOnTheCohortPageAndALearnerDownloadsIt() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("브라우저 자료 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 10, instructor);
        data.enroll(cohort, learner);
        Path work = Files.createTempDirectory("materials-browser");
        byte[] bytes = new byte[300 * 1024];
        new Random(3).nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, 9);
        Path file = Files.write(work.resolve("3주차 실습 안내.pdf"), bytes);

        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(instructor.email(), "instructor-pass-1");
            browser.go("/cohorts/" + cohort.id());
            assertTrue(browser.find(COHORT_SHELF).getText().contains("올린 자료가 없습니다"), browser.text());
            browser.chooseFile(COHORT_SHELF + " input[type=file]", file);
            browser.find(COHORT_SHELF + " form.upload button[type=submit]").click();
            browser.waitForText(COHORT_SHELF + " .material-list", text -> text.contains("3주차 실습 안내.pdf"));
            assertTrue(browser.find(COHORT_SHELF + " .material-list").getText().contains("300.0 KB"));
        }

        Path downloads = Files.createDirectories(work.resolve("downloads"));
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844, downloads)) {
            browser.signIn(learner.email(), "learner-pass-1");
            browser.go("/cohorts/" + cohort.id() + "/me");
            assertTrue(!browser.has(COHORT_SHELF + " form.upload"), "learners only download cohort materials");
            browser.find(COHORT_SHELF + " a.download").click();
            Path saved = downloads.resolve("3주차 실습 안내.pdf");
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (!(Files.exists(saved) && Files.size(saved) == bytes.length) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(saved), "downloaded under its Korean name; found " + list(downloads));
            assertArrayEquals(bytes, Files.readAllBytes(saved));
        }
    }

    @Test
    void aLearnerHandsInADeliverableAndReadsTheInstructorsRequestForChanges() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("브라우저 산출물 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-DATA-REPORTING", 10, instructor);
        data.enroll(cohort, learner);
        Path file = Files.write(
                Files.createTempDirectory("deliverable").resolve("보고 자동화 결과.pdf"), "%PDF-1.7\n%결과 보고서\n".getBytes());

        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            browser.signIn(learner.email(), "learner-pass-1");
            browser.go("/cohorts/" + cohort.id() + "/me");
            browser.find("#submission-link").click();
            browser.waitForPath("/cohorts/" + cohort.id() + "/submission");
            assertTrue(browser.find("#deliverable-required").isDisplayed());
            browser.type("#submission input[name=note]", "월간 보고 자동화, 작업 시간 6시간 → 40분");
            browser.chooseFile("#submission input[type=file]", file);
            browser.find("#submission form.upload button[type=submit]").click();
            browser.waitForText("#versions", text -> text.contains("버전 1") && text.contains("검토 대기"));
        }
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(instructor.email(), "instructor-pass-1");
            browser.go("/reviews");
            String queue = browser.find("#reviews").getText();
            assertTrue(queue.contains(learner.name()) && queue.contains("보고 자동화 결과.pdf"), queue);
            assertTrue(queue.contains("작업 시간 6시간 → 40분"), queue);
            String item = "#reviews li.version:has(a.download)";
            browser.type(item + " textarea", "전후 비교 수치의 출처를 적어 주세요");
            browser.find(item + " button[value=CHANGES_REQUESTED]").click();
            browser.waitForText(".flash", text -> text.contains("검토 결과를 저장했습니다"));
        }
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            browser.signIn(learner.email(), "learner-pass-1");
            browser.go("/cohorts/" + cohort.id() + "/submission");
            String versions = browser.find("#versions").getText();
            assertTrue(versions.contains("수정 요청") && versions.contains("전후 비교 수치의 출처를 적어 주세요"), versions);
        }
    }

    @Test
    void anInstructorDropsFilesOnTheCourseAndModuleShelvesThatEnrolledLearnersSee() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("브라우저 과정 자료 회사").id()), Role.LEARNER);
        UserView outsider = data.user(
                "learner-pass-1", UUID.fromString(data.company("브라우저 남 회사").id()), Role.LEARNER);
        data.enroll(data.cohort("GX-AX-LEADERSHIP", 10, instructor), learner);
        String course = ".materials[data-scope='COURSE']";
        String module = ".materials[data-scope-id='GX-AX-LEADERSHIP/m2-where-ai-pays']";

        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(instructor.email(), "instructor-pass-1");
            browser.go("/courses/GX-AX-LEADERSHIP");
            browser.dropFile(course + " .dropzone", "AX 로드맵 양식.md", "# AX 로드맵\n\n- 90일 계획\n");
            browser.waitForText(course + " .material-list", text -> text.contains("AX 로드맵 양식.md"));
            browser.dropFile(module + " .dropzone", "투자 우선순위 표.csv", "use_case,score\n문서 요약,8\n");
            browser.waitForText("#module-materials-m2-where-ai-pays", text -> text.contains("투자 우선순위 표.csv"));
        }
        try (Browser browser = Browser.open(base.toString(), "en-US,en", 390, 844)) {
            browser.signIn(learner.email(), "learner-pass-1");
            browser.go("/courses/GX-AX-LEADERSHIP");
            assertTrue(browser.find(course).getText().contains("AX 로드맵 양식.md"), browser.text());
            assertTrue(
                    browser.find("#module-materials-m2-where-ai-pays").getText().contains("(1)"), browser.text());
            assertTrue(!browser.has(course + " form.upload"), "learners do not upload course materials");
        }
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            browser.signIn(outsider.email(), "learner-pass-1");
            browser.go("/courses/GX-AX-LEADERSHIP");
            assertTrue(!browser.has(course), "the course's materials are for those who may read its lessons");
        }
    }

    private static String list(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        }
    }
}
