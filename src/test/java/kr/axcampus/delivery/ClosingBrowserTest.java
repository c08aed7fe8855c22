package kr.axcampus.delivery;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proof of delivery in a browser: the operator closes a finished cohort on its page and reads the
 * results; the learner finds their certificate on a phone, and its verification page opens for
 * anyone.
 */
@QuarkusTest
class ClosingBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Inject
    FinishedCohorts cohorts;

    @Test
    void theOperatorClosesACohortAndTheLearnersCertificateIsVerifiedOnAPhone() {
        FinishedCohorts.Cohort c = cohorts.finished();
        UserView operator = data.user(FinishedCohorts.PASSWORD, null, Role.ADMIN);
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(operator.email(), FinishedCohorts.PASSWORD);
            desk.waitForPath("/");
            desk.go("/admin/cohorts/" + c.cohort().id());
            String question = desk.submitConfirmed("#close-form");
            assertTrue(question.contains("수료를 확정할까요"), question);
            assertTrue(desk.text().contains("2명 중 1명 수료"), desk.text());
            String results = desk.find("#results").getText();
            assertTrue(results.contains("한지민") && results.contains("수료") && results.contains("미수료"), results);
            assertTrue(desk.find("#closing").getText().contains("수료 확정"));
            assertTrue(desk.has("#reopen-form"), "an operator may reopen");

            // The dashboard counts the close: its charts are drawn with Korean labels, tables beside them.
            desk.go("/admin/dashboard");
            assertTrue(Integer.parseInt(desk.find("#kpi-completed").getText()) >= 1);
            String regions = desk.find("#panel-region svg.bars").getAttribute("innerHTML");
            assertTrue(regions.contains("서울"), regions);
            assertTrue(
                    desk.find("#panel-track").getText().contains("전문AX"),
                    desk.find("#panel-track").getText());
            assertTrue(desk.find("#subsidy-formula").getText().contains("AI 가산"));
        }

        String serial;
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(c.completer().email(), FinishedCohorts.PASSWORD);
            phone.waitForPath("/");
            phone.go("/cohorts/" + c.cohort().id() + "/me");
            String card = phone.find("#my-certificate").getText();
            assertTrue(card.contains("수료증이 발급되었습니다"), card);
            String link = phone.find("#my-certificate a.button").getAttribute("href");
            assertTrue(link.endsWith(".pdf"), link);
            serial = link.substring(link.lastIndexOf('/') + 1, link.length() - ".pdf".length());
            assertTrue(phone.fitsWidth(), "the learner's page fits a phone");
        }

        try (Browser ceo = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            ceo.signIn(c.ceo().email(), FinishedCohorts.PASSWORD);
            ceo.waitForPath("/");
            ceo.go("/cohorts/company");
            String card = ceo.find(".person-card[data-user='" + c.completer().id() + "']")
                    .getText();
            assertTrue(card.contains("수료증"), card);
            assertTrue(ceo.find(".person-card[data-user='" + c.completer().id() + "'] a[href$='" + serial + ".pdf']")
                    .isDisplayed());
            assertTrue(!ceo.find(".person-card[data-user='" + c.absentee().id() + "']")
                    .getText()
                    .contains("수료증"));
        }

        try (Browser stranger = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            stranger.go("/verify/" + serial);
            assertEquals("✓ 유효한 수료증입니다.", stranger.find("#verdict").getText());
            assertEquals("한*민", stranger.find("#learner").getText());
            assertTrue(
                    stranger.accessibilityViolations().isEmpty(),
                    stranger.accessibilityViolations().toString());
        }
    }
}
