package kr.axcampus.cohort;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operator runs a cohort from the pages alone: creates it, generates its sessions, enrols a
 * company's employees from a CSV, withdraws one, cancels a session — in Korean, with axe watching.
 */
@QuarkusTest
class OperatorWorkspaceBrowserTest {
    private static final String DEMO_ADMIN = "admin@demo.axcampus.kr";
    private static final String DEMO_PASSWORD = "demo1234!";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void operatorCreatesACohortGeneratesItsSessionsEnrolsFromACsvAndWithdrawsOne() throws Exception {
        UserView teacher = data.named("워크강사 " + TestData.unique(), "instructor-pass-1", null, Role.INSTRUCTOR);
        CompanyView company = data.company("워크스페이스 기업");
        List<UserView> staff = List.of(
                data.named("가나다 " + TestData.unique(), "learner-pass-1", UUID.fromString(company.id()), Role.LEARNER),
                data.named("라마바 " + TestData.unique(), "learner-pass-1", UUID.fromString(company.id()), Role.LEARNER),
                data.named("사아자 " + TestData.unique(), "learner-pass-1", UUID.fromString(company.id()), Role.LEARNER));
        String code = "WS-" + TestData.unique();
        LocalDate start = LocalDate.now().plusDays(14);
        Path good = Files.writeString(
                Files.createTempFile("enrol", ".csv"),
                "email,name\n" + staff.get(0).email() + ",a\n" + staff.get(1).email() + ",b\n"
                        + staff.get(2).email() + ",c\n",
                StandardCharsets.UTF_8);
        Path bad = Files.writeString(
                Files.createTempFile("enrol-bad", ".csv"),
                "email\n" + staff.get(0).email() + "\nnobody-" + TestData.unique() + "@nowhere.example\n",
                StandardCharsets.UTF_8);

        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(DEMO_ADMIN, DEMO_PASSWORD);
            browser.waitForPath("/");
            browser.click("a[href='/admin/cohorts']");
            browser.waitForPath("/admin/cohorts");
            assertEquals(List.of(), browser.accessibilityViolations());

            // A form that talks: the missing code is named beside its field, which has the focus.
            browser.select("#courseCode", "PX-DATA-REPORTING");
            browser.pick("#startDate", start.toString());
            browser.pick("#endDate", start.plusDays(30).toString());
            browser.type("#capacity", "20");
            browser.select("#mode", "ON_SITE");
            browser.click("input[name=instructorIds][value='" + teacher.id() + "']");
            browser.submit("#cohort-form");
            assertTrue(browser.find("#code-error").getText().contains("필수 항목입니다"), browser.text());
            assertEquals("code", browser.focusedId(), "the first field in error has the focus");
            assertEquals("20", browser.find("#capacity").getAttribute("value"), "what was typed is kept");

            browser.type("#code", code);
            browser.submit("#cohort-form");
            assertTrue(browser.path().startsWith("/admin/cohorts/"), browser.path());
            String cohortPath = browser.path();
            assertTrue(browser.find(".flash").getText().contains(code), browser.text());
            assertTrue(browser.find("#cohort-summary").getText().contains("개강 전"), "status by its dates");
            assertTrue(browser.find("#sessions").getText().contains("아직 차시가 없습니다"));

            browser.submit("#generate-form");
            assertTrue(browser.find(".flash").getText().contains("차시"), browser.text());
            int sessions = browser.findAll("#session-list tbody tr").size();
            assertTrue(sessions >= 3, "the course's modules became sessions: " + sessions);
            assertFalse(browser.has("#generate-form"), "generating is offered only once");

            // A CSV with an unknown email: nobody is enrolled and the row is named.
            browser.chooseFile("#file", bad);
            browser.submit("#import-form");
            assertTrue(browser.find("#import-problem").getText().contains("아무도 등록하지 않았습니다"));
            String rows = browser.find("#import-errors").getText();
            assertTrue(rows.contains("3") && rows.contains("센터에 이 이메일의 사용자가 없습니다"), rows);
            assertTrue(browser.find("#enrollment-list").getText().contains("아직 등록된 수강생이 없습니다"));

            // No file chosen: the page says so instead of doing nothing.
            browser.clickSubmit("#import-form");
            assertEquals("CSV 파일을 고르세요.", browser.find("#file-error").getText());

            browser.chooseFile("#file", good);
            browser.submit("#import-form");
            assertTrue(browser.find("#enrol-result").getText().contains("새로 3명을 등록했습니다"), browser.text());
            String enrolled = browser.find("#enrollment-list").getText();
            staff.forEach(p -> assertTrue(enrolled.contains(p.name()), enrolled));
            assertTrue(enrolled.contains("워크스페이스 기업"), "with their company");
            assertEquals(List.of(), browser.accessibilityViolations());
            Files.write(Path.of("target", "workspace-cohort.png"), browser.screenshot());

            UserView leaving = staff.get(1);
            browser.click("tr[data-user='" + leaving.id() + "'] details.withdraw summary");
            browser.type("#reason-" + leaving.id(), "퇴사");
            String asked = browser.submitConfirmed("tr[data-user='" + leaving.id() + "'] form");
            assertTrue(asked.contains(leaving.name()), asked);
            assertTrue(browser.find(".flash").getText().contains(leaving.name() + " 님을 중도 포기 처리했습니다"));
            assertTrue(browser.find("tr[data-user='" + leaving.id() + "']")
                    .getText()
                    .contains("중도 포기"));
            assertTrue(browser.find("#cohort-summary").getText().contains("수강 2명 / 정원 20명"), browser.text());

            // Cancel the first session, with its reason; it stays listed, marked.
            browser.click("#session-list a[href^='/admin/sessions/']");
            String sessionPath = browser.path();
            assertEquals(List.of(), browser.accessibilityViolations());
            browser.type("#cancel-reason", "강사 일정 변경");
            browser.submitConfirmed("#cancel-form");
            assertEquals(cohortPath, browser.path());
            assertTrue(browser.find(".flash").getText().contains("차시를 취소했습니다"), browser.text());
            assertTrue(
                    browser.find("#session-list tbody tr.cancelled").getText().contains("취소됨"));
            browser.go(sessionPath);
            assertTrue(browser.find("#session-history").getText().contains("강사 일정 변경"), browser.text());
            assertTrue(browser.find("#session-history").getText().contains("김운영"), "who cancelled it");

            browser.go("/admin/cohorts?instructor=" + teacher.id());
            assertTrue(browser.find("#cohorts").getText().contains(code), "found by its instructor");
        }
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(DEMO_ADMIN, DEMO_PASSWORD);
            phone.waitForPath("/");
            phone.go("/admin/cohorts?instructor=" + teacher.id());
            assertTrue(phone.fitsWidth(), "the cohort list fits a phone");
            phone.click("#cohorts a");
            assertTrue(phone.fitsWidth(), "the cohort page fits a phone");
            Files.write(Path.of("target", "workspace-cohort-phone.png"), phone.screenshot());
            assertEquals(List.of(), phone.accessibilityViolations());
        }
    }
}
