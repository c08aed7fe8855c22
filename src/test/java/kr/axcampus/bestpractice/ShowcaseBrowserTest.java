package kr.axcampus.bestpractice;

import java.net.URL;
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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case in a browser: a learner writes it on a phone with a figure row and sends it for review,
 * the CEO consents, an operator publishes, and anyone finds it on the public showcase by its tag.
 */
@QuarkusTest
class ShowcaseBrowserTest {
    private static final String PASSWORD = "showcase-pass-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void aCaseIsWrittenConsentedPublishedAndFoundOnTheShowcaseByTag() {
        CompanyView company = data.company("쇼케이스 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView learner = data.user(PASSWORD, companyId, Role.LEARNER);
        UserView ceo = data.user(PASSWORD, companyId, Role.CEO);
        UserView operator = data.user(PASSWORD, null, Role.ADMIN);
        String title = "수요 예측으로 재고 줄이기 " + TestData.unique();

        String edit;
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(learner.email(), PASSWORD);
            phone.waitForPath("/");
            phone.go("/best-practices/new");
            assertTrue(phone.fitsWidth(), "the editor fits a phone");
            phone.type("#title", title);
            phone.type("#problem", "월말마다 재고를 눈대중으로 맞췄다");
            phone.type("#approach", "판매 이력으로 다음 달 수요를 예측했다");
            phone.type("#tools", "Excel, ChatGPT");
            phone.click("input[name='tags'][value='demand-forecasting']");
            phone.select("#fig-0-name", "HOURS_PER_MONTH");
            phone.type("#fig-0-unit", "시간");
            phone.type("#fig-0-before", "30");
            phone.type("#fig-0-after", "10");
            phone.type("#fig-0-months", "3");
            phone.submit("#case-form");
            assertTrue(phone.path().endsWith("/edit"), phone.path());
            edit = phone.path();
            phone.submit("form[action$='/submit']");
            assertTrue(
                    phone.find("#state").getText().contains("검토"),
                    phone.find("#state").getText());
        }
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(ceo.email(), PASSWORD);
            desk.waitForPath("/");
            desk.go(edit);
            desk.submit("#consent-form");
        }
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(operator.email(), PASSWORD);
            desk.waitForPath("/");
            desk.go(edit);
            desk.submit("form[action$='/publish']");
            assertTrue(desk.has("#unpublish-case"), "published: the operator may take it off again");
        }
        try (Browser anyone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            anyone.go("/showcase");
            anyone.select("#tag", "demand-forecasting");
            anyone.submit("#showcase-filter");
            assertTrue(anyone.path().startsWith("/showcase"), anyone.path());
            assertTrue(
                    anyone.find("#cases").getText().contains(title),
                    anyone.find("#cases").getText());
            String id = edit.substring("/best-practices/".length(), edit.length() - "/edit".length());
            assertTrue(anyone.has("#cases a[href='/showcase/" + id + "']"), "the case links to its own page");
            anyone.go("/showcase/" + id);
            String page = anyone.text();
            assertTrue(page.contains(title) && page.contains("30") && page.contains("10"), page);
            assertFalse(page.contains("@"), "no e-mail address on a public page");
            assertTrue(anyone.fitsWidth(), "the case fits a phone");
        }
    }
}
