package kr.axcampus.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import kr.axcampus.cohort.CohortScope;
import kr.axcampus.cohort.CohortService;
import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestMail;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notices reach people by mail exactly once, through a real SMTP server (TestMailServer): at-risk
 * crossings, reminders, an outage that delays and loses nothing, and an address the server refuses.
 * The jobs are run here by hand as two replicas would run them at once, bypassing the lease that
 * normally keeps the second away, so what is tested is that the outbox itself never tells twice.
 */
@QuarkusTest
class NoticeDeliveryTest {
    private static final String PASSWORD = "notice-pass-1";
    private static final String COURSE = "PX-OFFICE-GENAI";

    @Inject
    TestData data;

    @Inject
    AtRiskWatch watch;

    @Inject
    SessionReminders reminders;

    @Inject
    MailSender sender;

    @Inject
    CohortService cohorts;

    @Test
    void becomingAtRiskMailsTheLearnerAndEachInstructorOncePerCrossing() throws Exception {
        UserView first = data.named("위험 알림 강사1", PASSWORD, null, Role.INSTRUCTOR);
        UserView second = data.named("위험 알림 강사2", PASSWORD, null, Role.INSTRUCTOR);
        UserView learner = data.named(
                "위험 알림 훈련생", PASSWORD, UUID.fromString(data.company("위험 알림 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 30, first, second);
        data.enroll(cohort, learner);
        // 7 practicum half-days of 3 h (21 h): two held, five ahead; 18 h stay reachable only if
        // both held ones count in full.
        List<SessionView> held = sessions(cohort, 2, 3);
        sessions(cohort, 5, -2);
        rollCall(first, held.get(0), learner, Map.of("status", "ABSENT"));
        rollCall(first, held.get(1), learner, Map.of("status", "PRESENT"));
        CohortScope scope = cohorts.scopeInCenter(data.operator().centerId(), UUID.fromString(cohort.id()))
                .orElseThrow();
        assertEquals(0, watch.watch(scope, Instant.now()), "on track: nobody is told anything");

        // The roll call is corrected: left a minute early, 18 h are out of reach.
        rollCall(
                first,
                held.get(1),
                learner,
                Map.of(
                        "status",
                        "LEFT_EARLY",
                        "checkInAt",
                        held.get(1).startsAt().toString(),
                        "checkOutAt",
                        held.get(1).endsAt().minusSeconds(60).toString(),
                        "reason",
                        "조퇴 정정"));
        List<Integer> posted = twice(() -> watch.watch(scope, Instant.now()));
        assertEquals(
                3, posted.get(0) + posted.get(1), "one notice each to the learner and both instructors: " + posted);
        assertEquals(0, watch.watch(scope, Instant.now()), "looking again, as a restarted replica would, tells no one");

        awaitMails(learner, "AT_RISK", 1);
        awaitMails(first, "AT_RISK", 1);
        awaitMails(second, "AT_RISK", 1);
        sender.sendDue(Instant.now());
        Thread.sleep(1500); // a second sender run had every chance to send a copy
        assertEquals(1, TestMail.to(learner.email(), "AT_RISK").size());
        assertEquals(1, TestMail.to(first.email(), "AT_RISK").size());
        assertEquals(1, TestMail.to(second.email(), "AT_RISK").size());
        TestMail.Received mail = TestMail.to(first.email(), "AT_RISK").get(0);
        assertTrue(mail.subject().contains("위험 알림 훈련생"), mail.subject());
        assertTrue(mail.text().contains("/cohorts/" + cohort.id() + "?risk=1"), "links to the roster: " + mail.text());
        assertTrue(
                TestMail.to(learner.email(), "AT_RISK").get(0).text().contains("/cohorts/" + cohort.id() + "/me"),
                "the learner's mail links to their own progress");

        // Back on track (a minute of practicum credited), then at risk again: a second crossing.
        given().auth()
                .oauth2(data.token(first))
                .contentType(ContentType.JSON)
                .body(Map.of("userId", learner.id(), "minutes", 1, "reason", "보충 실습 인정"))
                .post("/api/cohorts/" + cohort.id() + "/practicum-adjustments")
                .then()
                .statusCode(201);
        assertEquals(0, watch.watch(scope, Instant.now()));
        rollCall(first, held.get(1), learner, Map.of("status", "ABSENT", "reason", "결석 정정"));
        assertEquals(3, watch.watch(scope, Instant.now()), "a new crossing is told again");
        awaitMails(learner, "AT_RISK", 2);
        assertEquals(2, TestMail.to(first.email(), "AT_RISK").size());
    }

    @Test
    void aSessionIsRemindedOnceTheDayBeforeAndOnlineOnesAlsoAnHourBefore() throws Exception {
        UserView instructor = data.named("차시 알림 강사", PASSWORD, null, Role.INSTRUCTOR);
        UserView learner = data.named(
                "차시 알림 훈련생", PASSWORD, UUID.fromString(data.company("차시 알림 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 30, instructor);
        data.enroll(cohort, learner);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        SessionView tomorrow = data.session(cohort, now.plus(Duration.ofHours(20)), 180, SessionKind.PRACTICUM);
        SessionView later = data.session(cohort, now.plus(Duration.ofHours(30)), 180, SessionKind.PRACTICUM);
        SessionView online = data.session(cohort, now.plus(Duration.ofMinutes(40)), 60, SessionKind.LECTURE);
        given().auth()
                .oauth2(data.tokenFor(Role.ADMIN, null))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt", online.startsAt().toString(),
                        "endsAt", online.endsAt().toString(),
                        "kind", "LECTURE",
                        "location", "https://meet.example.kr/ax-live",
                        "reason", "온라인으로 전환"))
                .put("/api/sessions/" + online.id())
                .then()
                .statusCode(200);

        List<Integer> posted = twice(() -> reminders.remind(Instant.now()));
        assertTrue(posted.get(0) + posted.get(1) >= 6, "tomorrow's session and the online one (twice) to two people");
        reminders.remind(Instant.now());

        awaitMails(learner, "SESSION_REMINDER", 3);
        Thread.sleep(1500); // the sender had every chance to send a copy
        List<TestMail.Received> mails = TestMail.to(learner.email(), "SESSION_REMINDER");
        assertEquals(3, mails.size(), "the day before for both sessions, an hour before for the online one");
        assertTrue(mails.stream().anyMatch(m -> m.subject().startsWith("곧 시작하는 온라인 차시")), titles(mails));
        assertTrue(mails.stream().noneMatch(m -> m.text().contains(later.id())), "a session 30 h away waits");
        assertTrue(
                mails.stream().anyMatch(m -> m.text().contains("/check-in/" + tomorrow.id())),
                "the learner's reminder opens the check-in page");
        assertEquals(3, awaitMails(instructor, "SESSION_REMINDER", 3).size());
    }

    @Test
    void aMailServerOutageDelaysNoticesAndLosesNone() throws Exception {
        UserView instructor = data.named("장애 알림 강사", PASSWORD, null, Role.INSTRUCTOR);
        UserView learner = data.named(
                "장애 알림 훈련생", PASSWORD, UUID.fromString(data.company("장애 알림 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 30, instructor);
        data.enroll(cohort, learner);
        SessionView session = data.session(
                cohort,
                Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(5)),
                120,
                SessionKind.PRACTICUM);
        String admin = data.tokenFor(Role.ADMIN, null);
        TestMail.control("stop");
        try {
            reminders.remind(Instant.now());
            // Tried and put back (not failed): due again after a wait.
            JsonPath waiting =
                    awaitSent(admin, learner, s -> s.getInt("attempts") >= 2 && "PENDING".equals(s.getString("state")));
            assertTrue(
                    waiting.getString("error") != null
                            && !waiting.getString("error").isBlank(),
                    "the failure is shown");
            assertTrue(TestMail.to(learner.email(), "SESSION_REMINDER").isEmpty());
        } finally {
            TestMail.control("start");
        }
        List<TestMail.Received> mails = awaitMails(learner, "SESSION_REMINDER", 1);
        Thread.sleep(2500);
        assertEquals(1, TestMail.to(learner.email(), "SESSION_REMINDER").size(), "delivered once after the outage");
        assertEquals(1, TestMail.to(instructor.email(), "SESSION_REMINDER").size());
        assertTrue(mails.get(0).text().contains(session.id()));
        JsonPath sent = awaitSent(admin, learner, s -> "SENT".equals(s.getString("state")));
        assertEquals(learner.email(), sent.getString("to"));
    }

    @Test
    void anAddressTheServerRefusesIsMarkedFailedWithTheReasonAndNeverRetried() throws Exception {
        UserView refused = data.addressed(
                "rejected",
                "거부 주소 훈련생",
                PASSWORD,
                UUID.fromString(data.company("거부 회사").id()),
                Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 30);
        data.enroll(cohort, refused);
        data.session(
                cohort,
                Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(3)),
                60,
                SessionKind.PRACTICUM);
        String admin = data.tokenFor(Role.ADMIN, null);
        reminders.remind(Instant.now());
        JsonPath failed = awaitSent(admin, refused, s -> "FAILED".equals(s.getString("state")));
        assertTrue(failed.getString("error").startsWith("553"), "the server's refusal: " + failed.getString("error"));
        Thread.sleep(3000); // several sender runs later
        JsonPath still = awaitSent(admin, refused, s -> true);
        assertEquals("FAILED", still.getString("state"));
        assertEquals(1, still.getInt("attempts"), "a refused address is not tried again");
        // The inbox still has it: in-app notices do not depend on mail.
        given().auth()
                .oauth2(data.token(refused))
                .get("/api/me/notices")
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.hasItem("SESSION_REMINDER"));
    }

    private List<SessionView> sessions(CohortView cohort, int count, int firstDaysAgo) {
        List<SessionView> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = Instant.now()
                    .minus(Duration.ofDays(firstDaysAgo - i))
                    .minus(Duration.ofMinutes(180))
                    .truncatedTo(ChronoUnit.MINUTES);
            made.add(data.session(cohort, start, 180, SessionKind.PRACTICUM));
        }
        return made;
    }

    private void rollCall(UserView instructor, SessionView session, UserView learner, Map<String, Object> body) {
        given().auth()
                .oauth2(data.token(instructor))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/sessions/" + session.id() + "/attendance/" + learner.id())
                .then()
                .statusCode(200);
    }

    /** The job run by two "replicas" at the same moment, each past its lease. */
    private static List<Integer> twice(Callable<Integer> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(job, job));
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> run : runs) {
                results.add(run.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits (the sender runs every second here) until the person has {@code count} mails of the kind. */
    private static List<TestMail.Received> awaitMails(UserView who, String kind, int count)
            throws InterruptedException {
        return await(
                () -> TestMail.to(who.email(), kind), m -> m.size() >= count, "mails " + kind + " to " + who.email());
    }

    private static JsonPath awaitSent(String admin, UserView who, java.util.function.Predicate<JsonPath> ready)
            throws InterruptedException {
        return await(
                () -> {
                    JsonPath page = given().auth()
                            .oauth2(admin)
                            .queryParam("size", 200)
                            .get("/api/sent-notices")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    List<Map<String, Object>> items = page.getList("items");
                    for (int i = 0; i < items.size(); i++) {
                        if (who.id().equals(items.get(i).get("recipientId"))) {
                            return page.setRootPath("items[" + i + "]");
                        }
                    }
                    return null;
                },
                found -> found != null && ready.test(found),
                "the sent notice to " + who.email());
    }

    private static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        T value = read.get();
        while (!done.test(value)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited 30 s for " + what + "; last seen: " + value);
            }
            Thread.sleep(200);
            value = read.get();
        }
        return value;
    }

    private static String titles(List<TestMail.Received> mails) {
        return mails.stream().map(TestMail.Received::subject).toList().toString();
    }
}
