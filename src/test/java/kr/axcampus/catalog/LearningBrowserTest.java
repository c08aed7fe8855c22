package kr.axcampus.catalog;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.testing.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A demo learner takes a lesson on a phone and sees the progress move, in a real headless Chromium. */
@QuarkusTest
class LearningBrowserTest {
    private static final String COURSE = "PX-OFFICE-GENAI";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDemoLearnerReadsALessonMarksItDoneAndSeesProgress() throws Exception {
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            browser.signIn("learner1@daehan.demo.axcampus.kr", "demo1234!");
            browser.waitForPath("/");

            browser.go("/courses?track=PROFESSIONAL_AX");
            assertTrue(
                    browser.find("#course-" + COURSE).getText().contains("실습 시간 20시간"),
                    browser.find("#course-" + COURSE).getText());
            browser.find("#course-" + COURSE + " h2 a").click();
            browser.waitForPath("/courses/" + COURSE);
            assertTrue(browser.find("#practicum-hours").getText().contains("20시간"), "practicum hours up front");
            String before = browser.find("#course-progress .progress-text").getText();
            assertTrue(before.startsWith("0 / "), before);
            int total = Integer.parseInt(before.substring(4, before.indexOf('개')));

            browser.find("#continue").click();
            browser.waitForPath("/courses/" + COURSE + "/lessons/01-what-genai-does");
            assertTrue(browser.find("#lesson .lesson-body").getText().length() > 500, "the lesson is there to read");
            assertTrue(browser.text().contains("예상 학습 시간 1시간"), browser.text());
            browser.submit("#complete-form");

            browser.waitForPath("/courses/" + COURSE + "/lessons/02-prompt-patterns");
            assertTrue(browser.find(".flash").getText().contains("완료로 표시했습니다"), browser.text());
            Files.write(Path.of("target", "lesson-phone.png"), browser.screenshot());

            browser.go("/courses/" + COURSE);
            assertEquals(
                    "1 / " + total + "개 완료 (" + (100 / total) + "%)",
                    browser.find("#course-progress .progress-text").getText());
            assertTrue(browser.find("#lesson-01-what-genai-does").getText().contains("✓ 완료"));
            assertFalse(browser.find("#lesson-02-prompt-patterns").getText().contains("✓ 완료"));

            browser.go("/");
            String home = browser.find("#home-continue").getText();
            assertTrue(home.contains("생성형 AI 업무 문서 자동화 실무"), home);
            assertTrue(home.contains("1 / " + total + "개 완료"), home);
            browser.find("#home-continue a.button").click();
            browser.waitForPath("/courses/" + COURSE + "/lessons/02-prompt-patterns");
        }
    }

    @Test
    void aCeoBrowsesTheCatalogueInEnglishAndCannotOpenLessonsOfAnotherTrack() {
        try (Browser browser = Browser.open(base.toString(), "en-US,en", 1280, 900)) {
            browser.signIn("ceo@saesol.demo.axcampus.kr", "demo1234!");
            browser.waitForPath("/");
            browser.go("/courses?track=GENERAL_AX");
            String list = browser.find("#courses").getText();
            assertTrue(list.contains("AI Transformation Strategy and Leadership"), list);
            assertFalse(list.contains("Generative AI for Office Work"), "filtered by track");

            browser.go("/courses/" + COURSE);
            assertTrue(browser.text().contains("Lessons are open to learners enrolled"), browser.text());
            assertFalse(browser.has("#outline a[href^='/courses/" + COURSE + "/lessons/']"));
            browser.go("/courses/" + COURSE + "/lessons/01-what-genai-does");
            assertFalse(browser.has("#lesson"), "no lesson body for a CEO who is not enrolled");
        }
    }

    @Test
    void theOperatorSeesTheLastImportAndReloadsTheCatalogue() {
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn("admin@demo.axcampus.kr", "demo1234!");
            browser.waitForPath("/");
            browser.go("/admin/catalog");
            assertTrue(browser.find("#last-import").getText().contains("반영됨"), browser.text());
            browser.submit("#reload-form");
            browser.waitForPath("/admin/catalog");
            assertTrue(browser.find(".flash").getText().contains("카탈로그를 반영했습니다"), browser.text());
            assertTrue(browser.find("#last-import").getText().contains("운영자 요청"), browser.text());
        }
    }
}
