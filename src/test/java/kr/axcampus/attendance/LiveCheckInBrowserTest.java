package kr.axcampus.attendance;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Browser;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestFiles;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projector screen and a learner's phone, in two real headless Chromium windows. */
@QuarkusTest
class LiveCheckInBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Inject
    TestData data;

    @Test
    void aLearnerEntersTheCodeFromTheLiveScreenAndSeesTheCreditedTime() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("라이브 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        SessionView session =
                data.session(cohort, Instant.now().minus(Duration.ofMinutes(50)), 60, SessionKind.PRACTICUM);

        try (Browser projector = Browser.open(base.toString(), "ko-KR,ko", 1280, 800);
                Browser phone = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            projector.signIn(instructor.email(), "instructor-pass-1");
            projector.waitForPath("/");
            projector.go("/sessions/" + session.id() + "/live");
            String code = projector.waitForText("#live-code", text -> text.matches("\\d{6}"));
            projector.waitForText("#live-count", text -> text.equals("입실 0 / 1명"));
            assertTrue(projector.find("#live-qr").getAttribute("src").contains("check-in-code.svg"));

            phone.signIn(learner.email(), "learner-pass-1");
            phone.waitForPath("/");
            phone.go("/check-in/" + session.id());
            phone.type("#code", code);
            phone.submit("#check-in-form");
            String flash = phone.find(".flash").getText();
            assertTrue(flash.contains("차시에 입실했습니다") && flash.contains("지각"), flash);

            projector.waitForText("#live-count", text -> text.equals("입실 1 / 1명"));
            Files.write(Path.of("target", "live-check-in.png"), projector.screenshot());
            projector.submit("#close-form");
            projector.waitForPath("/cohorts/" + cohort.id());

            phone.go("/cohorts/" + cohort.id() + "/me");
            String practicum = phone.find("#practicum-value").getText();
            assertTrue(practicum.matches("(9|10)분 / 18시간"), practicum);
            assertEquals("진행 중", phone.find("#completion").getText());
            Files.write(Path.of("target", "my-progress-phone.png"), phone.screenshot());
        }
    }

    @Test
    void theInstructorCorrectsACellWithAReasonAndTheCeoSeesOnlyTheirEmployees() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        var company = data.company("출석부 회사");
        UserView learner = data.user("learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        UserView ceo = data.user("ceo-pass-1", UUID.fromString(company.id()), Role.CEO);
        UserView otherCeo = data.user(
                "ceo-pass-1", UUID.fromString(data.company("다른 출석부 회사").id()), Role.CEO);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        SessionView session = data.session(cohort, Instant.now().minus(Duration.ofDays(1)), 180, SessionKind.PRACTICUM);

        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(instructor.email(), "instructor-pass-1");
            desk.waitForPath("/");
            desk.go("/cohorts/" + cohort.id());
            desk.find("#roster table a.cell[href*='" + session.id() + "']").click();
            desk.waitForPath("/sessions/" + session.id() + "/attendance/" + learner.id() + "/edit");
            new org.openqa.selenium.support.ui.Select(desk.find("#status")).selectByValue("PRESENT");
            desk.submit("#edit-form");
            desk.waitForPath("/cohorts/" + cohort.id());
            assertTrue(
                    desk.find("#roster").getText().contains("출석 3시간"),
                    desk.find("#roster").getText());

            desk.find("#roster table a.cell[href*='" + session.id() + "']").click();
            new org.openqa.selenium.support.ui.Select(desk.find("#status")).selectByValue("EXCUSED");
            desk.submit("#edit-form");
            assertTrue(desk.find("#reason-error").getText().contains("필수 항목입니다"), desk.text());
            assertEquals("EXCUSED", desk.find("#status").getAttribute("value"), "the chosen status is kept");
            desk.type("#reason", "병원 진료 (진단서 제출)");
            desk.submit("#edit-form");
            desk.waitForPath("/cohorts/" + cohort.id());
            assertTrue(
                    desk.find("#roster").getText().contains("공결 0분"),
                    desk.find("#roster").getText());
        }
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            phone.signIn(ceo.email(), "ceo-pass-1");
            phone.waitForPath("/");
            phone.go("/cohorts/company");
            String cards = phone.find("#employees").getText();
            assertTrue(cards.contains(cohort.code()), cards);
            assertTrue(cards.contains("0분 / 18시간"), cards);
        }
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            phone.signIn(otherCeo.email(), "ceo-pass-1");
            phone.waitForPath("/");
            phone.go("/cohorts/company");
            assertTrue(phone.find("#company-progress").getText().contains("훈련 중인 직원이 없습니다"));
            phone.go("/cohorts/" + cohort.id());
            assertTrue(phone.text().contains("찾을 수 없습니다"), phone.text());
        }
    }

    @Test
    void aPracticeLogSubmittedOnAPhoneCountsOnceTheInstructorApprovesIt() {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("자율 실습 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        data.session(cohort, Instant.now().plus(Duration.ofDays(2)), 180, SessionKind.PRACTICUM);
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            phone.signIn(learner.email(), "learner-pass-1");
            phone.waitForPath("/");
            phone.go("/cohorts/" + cohort.id() + "/me");
            phone.type("#minutes", "90");
            phone.submit("#log-form");
            assertTrue(phone.find("#description-error").getText().contains("필수 항목입니다"), phone.text());
            assertEquals("90", phone.find("#minutes").getAttribute("value"), "the typed minutes are kept");
            phone.type("#description", "회의록 자동화 프롬프트 다듬기");
            phone.submit("#log-form");
            assertTrue(phone.find("#my-logs").getText().contains("승인 대기"), phone.text());
            assertEquals("0분 / 18시간", phone.find("#practicum-value").getText());
        }
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(instructor.email(), "instructor-pass-1");
            desk.waitForPath("/");
            desk.go("/cohorts/" + cohort.id());
            assertTrue(desk.find("#pending-logs").getText().contains("회의록 자동화 프롬프트 다듬기"));
            desk.submit("#pending-logs form.pending-log");
            assertTrue(desk.find(".flash").getText().contains("처리했습니다"), desk.text());
            assertTrue(
                    desk.find("#roster").getText().contains("1시간 30분 / 18시간"),
                    desk.find("#roster").getText());
        }
    }

    @Test
    void aLearnerAsksForACorrectionWithAPhotoAndTheInstructorOpensAndAcceptsIt() throws Exception {
        UserView instructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        UserView learner = data.user(
                "learner-pass-1", UUID.fromString(data.company("정정 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 20, instructor);
        data.enroll(cohort, learner);
        SessionView session =
                data.session(cohort, Instant.now().minus(Duration.ofHours(5)), 120, SessionKind.PRACTICUM);
        Path photo = Files.write(Files.createTempFile("sign-in-sheet", ".png"), TestFiles.PNG);
        try (Browser phone = Browser.open(base.toString(), "ko-KR,ko", 390, 844)) {
            phone.signIn(learner.email(), "learner-pass-1");
            phone.waitForPath("/");
            phone.go("/cohorts/" + cohort.id() + "/me");
            phone.find("a.correction-link[href*='" + session.id() + "']").click();
            phone.waitForPath("/sessions/" + session.id() + "/correction");
            phone.submit("#correction-form");
            assertTrue(phone.find("#reason-error").getText().contains("필수 항목입니다"), phone.text());
            phone.type("#reason", "QR이 인식되지 않아 종이 출석부에 서명했습니다");
            phone.chooseFile("#evidence", photo);
            phone.submit("#correction-form");
            phone.waitForPath("/cohorts/" + cohort.id() + "/me");
            assertTrue(phone.find(".flash").getText().contains("정정 요청을 보냈습니다"), phone.text());
        }
        try (Browser desk = Browser.open(base.toString(), "ko-KR,ko", 1280, 900)) {
            desk.signIn(instructor.email(), "instructor-pass-1");
            desk.waitForPath("/");
            desk.go("/cohorts/" + cohort.id());
            assertTrue(desk.find("#pending-corrections").getText().contains("종이 출석부"), desk.text());
            String evidence = desk.find("#pending-corrections a.evidence").getAttribute("href");
            assertTrue(evidence.matches(".*/api/materials/[0-9a-f-]{36}/content"), evidence);
            // The instructor opens the photo: the link leads to its bytes in storage.
            given().auth()
                    .oauth2(data.token(instructor))
                    .redirects()
                    .follow(false)
                    .get(URI.create(evidence).getPath())
                    .then()
                    .statusCode(303);
            desk.submit("#pending-corrections form.pending-correction");
            desk.waitForPath("/cohorts/" + cohort.id());
            assertTrue(desk.find(".flash").getText().contains("처리했습니다"), desk.text());
            assertTrue(
                    desk.find("#roster").getText().contains("출석 2시간"),
                    desk.find("#roster").getText());
            assertTrue(!desk.has("#pending-corrections"), "nothing left to decide");
        }
    }
}
