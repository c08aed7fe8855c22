package kr.axcampus.web;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The operator's company pages and the learner's refusal, in a real headless Chromium. */
@QuarkusTest
class AdminPagesBrowserTest {
    private static final String DEMO_ADMIN = "admin@demo.axcampus.kr";
    private static final String DEMO_PASSWORD = "demo1234!";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void operatorFixesAnInvalidBusinessNumberAndSeesTheCompanyListed() throws Exception {
        // "가" sorts first, so the new company is on the first page of the list however many the suite made.
        String name = "가온정밀 " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(DEMO_ADMIN, DEMO_PASSWORD);
            browser.waitForPath("/");
            assertTrue(browser.text().contains("김운영님, 환영합니다"), browser.text());

            browser.go("/admin/companies");
            browser.type("#name", name);
            browser.type("#businessNumber", "124-81-00997");
            browser.type("#industry", "정밀 가공");
            browser.submit("#company-form");

            assertTrue(browser.has("#businessNumber-error"), "the field shows its error");
            assertTrue(
                    browser.find("#businessNumber-error").getText().contains("올바른 사업자등록번호가 아닙니다"),
                    browser.find("#businessNumber-error").getText());
            assertEquals(name, browser.find("#name").getAttribute("value"), "the typed name is kept");
            assertFalse(browser.find("#companies").getText().contains(name));

            String valid = TestData.validBusinessNumber();
            browser.type("#businessNumber", valid);
            browser.submit("#company-form");

            browser.waitForPath("/admin/companies");
            assertTrue(browser.find(".flash").getText().contains(name), browser.text());
            assertTrue(browser.find("#companies").getText().contains(name));
            assertTrue(browser.find("#companies").getText().contains("서울권"), "regions by their Korean name");
            Files.write(Path.of("target", "admin-companies.png"), browser.screenshot());
        }
    }

    @Test
    void aLearnerIsRefusedTheAdminPagesOnAPhone() throws Exception {
        CompanyView company = data.company("브라우저 학습자 회사");
        UserView learner = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            browser.signIn(learner.email(), "learner-pass-1");
            browser.waitForPath("/");
            assertTrue(browser.has("#today"), "the learner sees their day");
            assertFalse(browser.has("a[href='/admin/companies']"), "no admin link for learners");

            browser.go("/admin/companies");
            assertTrue(browser.text().contains("접근 권한이 없습니다"), browser.text());
            assertFalse(browser.has("#companies"));
            assertFalse(browser.has("#company-form"));
            Files.write(Path.of("target", "learner-refused.png"), browser.screenshot());
        }
    }

    @Test
    void operatorRegistersAPersonAndImportsACsvFile() throws Exception {
        CompanyView company = data.company("브라우저 사람 회사");
        String email = "browser-" + UUID.randomUUID() + "@test.axcampus.kr";
        try (Browser browser = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            browser.signIn(DEMO_ADMIN, DEMO_PASSWORD);
            browser.waitForPath("/");
            browser.go("/admin/users");
            browser.type("#email", email);
            browser.type("#name", "브라우저 훈련생");
            browser.find("input[name=roles][value=LEARNER]").click();
            browser.type("#password", "browser-pass-1");
            browser.submit("#user-form");

            assertTrue(browser.text().contains("훈련생과 대표이사는 소속 협약기업이 필요합니다"), browser.text());
            assertEquals(email, browser.find("#email").getAttribute("value"), "the typed email is kept");

            new org.openqa.selenium.support.ui.Select(browser.find("#companyId")).selectByVisibleText(company.name());
            browser.type("#password", "browser-pass-1");
            browser.submit("#user-form");
            browser.waitForPath("/admin/users");
            assertTrue(browser.find(".flash").getText().contains("브라우저 훈련생"), browser.text());

            Path csv = Files.createTempFile("people", ".csv");
            Files.writeString(
                    csv,
                    "email,name,roles,businessNumber,department,jobTitle,password\n"
                            + "csv-" + email + ",가져온 사람,LEARNER," + company.businessNumber() + ",생산팀,사원,csv-pass-1\n"
                            + "broken-row,잘못된 사람,LEARNER," + company.businessNumber() + ",생산팀,사원,csv-pass-2\n");
            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.submit("#import form");
            String firstProblem = browser.find("#import-errors tbody tr").getText();
            assertTrue(
                    firstProblem.startsWith("3 이메일") && firstProblem.contains("이메일 주소 형식이 아닙니다"),
                    "line 3's email is named, in Korean: " + firstProblem);
            assertFalse(browser.find("#users").getText().contains("가져온 사람"), "nothing was imported");
            Files.delete(csv);
        }
    }

    @Test
    void aWrongPasswordShowsAMessageAndEnglishIsComplete() {
        try (Browser browser = Browser.open(base.toString(), "en-US,en", 1280, 900)) {
            browser.signIn(DEMO_ADMIN, "not-the-password");
            assertTrue(browser.text().contains("Wrong email or password."), browser.text());
            assertEquals(DEMO_ADMIN, browser.find("#email").getAttribute("value"));

            browser.go("/lang/ko?next=/login");
            assertTrue(browser.text().contains("로그인"), browser.text());
        }
    }
}
