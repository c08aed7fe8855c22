package kr.axcampus.progress;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.DeliveryMode;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortRequest;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CEO reads their company's summary and each employee's card on a phone; no risk before a cohort starts. */
@QuarkusTest
class CompanyPageBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Inject
    CohortService cohorts;

    @Test
    void theCeoReadsTheSummaryAndCardsOnAPhone() throws Exception {
        CompanyView company = data.company("요약 회사");
        UUID companyId = UUID.fromString(company.id());
        UserView behind = data.named("뒤처진 직원 " + TestData.unique(), "learner-pass-1", companyId, Role.LEARNER);
        UserView starting = data.named("새 기수 직원 " + TestData.unique(), "learner-pass-1", companyId, Role.LEARNER);
        UserView stranger = data.named(
                "남의 직원 " + TestData.unique(),
                "learner-pass-1",
                UUID.fromString(data.company("다른 요약 회사").id()),
                Role.LEARNER);
        UserView ceo = data.user("ceo-pass-1", companyId, Role.CEO);

        // A running cohort with 8 hours of practicum, half of it held and missed: 18 hours are out of reach.
        CohortView running = data.cohort("PX-OFFICE-GENAI", 10);
        data.enroll(running, behind);
        data.enroll(running, stranger);
        data.session(running, Instant.now().minus(Duration.ofDays(1)), 240, SessionKind.PRACTICUM);
        data.session(running, Instant.now().plus(Duration.ofDays(1)), 240, SessionKind.PRACTICUM);
        // A cohort that starts next week with as little scheduled: nobody is behind yet.
        CohortView upcoming = cohorts.create(
                data.operator(),
                new CohortRequest(
                        "PX-OFFICE-GENAI",
                        "N-" + TestData.unique(),
                        LocalDate.now().plusDays(7),
                        LocalDate.now().plusDays(30),
                        10,
                        DeliveryMode.ON_SITE,
                        List.of()));
        data.enroll(upcoming, starting);
        data.session(upcoming, Instant.now().plus(Duration.ofDays(7)), 240, SessionKind.PRACTICUM);

        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 360, 780)) {
            phone.signIn(ceo.email(), "ceo-pass-1");
            phone.waitForPath("/");
            assertTrue(
                    phone.find("#home-diagnosis").getText().contains("아직 진단이 없습니다"),
                    "a company not yet diagnosed is told so");
            assertEquals("2", phone.find("#ceo-learners").getText(), "the home's summary counts the employees");
            assertEquals("1", phone.find("#ceo-at-risk").getText());
            phone.go("/cohorts/company");
            assertEquals("2", phone.find("#sum-learners").getText());
            assertEquals("1", phone.find("#sum-at-risk").getText());
            assertEquals("0", phone.find("#sum-completed").getText());

            String late =
                    phone.find(".person-card[data-user='" + behind.id() + "']").getText();
            assertTrue(late.contains("수료 위험"), late);
            assertTrue(late.contains("실습 시간") && late.contains("/ 18시간"), "labels stay on a phone: " + late);
            String fresh = phone.find(".person-card[data-user='" + starting.id() + "']")
                    .getText();
            assertFalse(fresh.contains("수료 위험"), "no risk before the cohort starts: " + fresh);
            assertTrue(fresh.contains("아직 시작 전"), fresh);
            assertFalse(phone.text().contains(stranger.name()), "another company's employee is not shown");
            assertTrue(phone.fitsWidth());
            assertEquals(List.of(), phone.accessibilityViolations());
            Files.write(Path.of("target", "company-ceo-phone.png"), phone.screenshot());
        }
    }
}
