package kr.axcampus.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.dto.CompanyView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's calendar feeds: each person's secret feed, read back by ical4j and by biweekly, with
 * the centre's zone across a date boundary, cancelled and moved sessions under one UID, resetting
 * the address, and one session's .ics for exactly those who see the session.
 */
@QuarkusTest
class CalendarFeedTest {
    private static final String COURSE = "PX-OFFICE-GENAI";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    TestData data;

    /** A learner of a fresh company in a fresh cohort taught by a fresh instructor. */
    private record Class(UserView instructor, UserView learner, CompanyView company, CohortView cohort) {}

    private Class newClass() {
        UserView instructor = data.named("달력강사", "instructor-pass-1", null, Role.INSTRUCTOR);
        CompanyView company = data.company("달력 회사");
        UserView learner = data.named("달력학습자", "learner-pass-1", UUID.fromString(company.id()), Role.LEARNER);
        CohortView cohort = data.cohort(COURSE, 20, instructor);
        data.enroll(cohort, learner);
        return new Class(instructor, learner, company, cohort);
    }

    private static String uid(SessionView session) {
        return "session-" + session.id() + "@axcampus";
    }

    /** The feed address the person's own API gives them. */
    private String feedUrl(UserView person) {
        return given().auth()
                .oauth2(data.token(person))
                .get("/api/me/calendar")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
    }

    private static ParsedFeed fetch(String url) {
        Response answer = given().get(url);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("text/calendar"), answer.contentType());
        return ParsedFeed.of(answer.asString());
    }

    private ParsedFeed feedOf(UserView person) {
        return fetch(feedUrl(person));
    }

    @Test
    void aLearnersFeedHasTheirSessionsAtTheRightInstantsAcrossADateBoundaryInBothParsers() {
        Class c = newClass();
        // 23:30 to 01:30 at the centre: the session starts on one day and ends on the next.
        ZonedDateTime lateStart =
                LocalDate.now(SEOUL).plusDays(3).atTime(23, 30).atZone(SEOUL);
        SessionView late = data.session(c.cohort(), lateStart.toInstant(), 120, SessionKind.PRACTICUM);
        SessionView online =
                data.session(c.cohort(), lateStart.toInstant().plus(Duration.ofDays(2)), 60, SessionKind.LECTURE);
        given().auth()
                .oauth2(data.token(c.instructor()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt",
                        online.startsAt().toString(),
                        "endsAt",
                        online.endsAt().toString(),
                        "kind",
                        "LECTURE",
                        "location",
                        "https://meet.example.kr/ax-101"))
                .put("/api/sessions/" + online.id())
                .then()
                .statusCode(200);
        CohortView other = data.cohort(COURSE, 20);
        SessionView notMine = data.session(other, lateStart.toInstant(), 60, SessionKind.LECTURE);

        String url = feedUrl(c.learner());
        assertTrue(url.matches("https?://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        assertEquals(url, feedUrl(c.learner()), "one feed per person: asking again gives the same address");
        ParsedFeed feed = fetch(url);

        assertEquals(List.of("Asia/Seoul"), feed.timeZones, "one VTIMEZONE, the centre's");
        ParsedFeed.Event event = feed.event(uid(late));
        assertEquals(lateStart.toInstant(), event.start());
        assertEquals(lateStart.plusHours(2).toInstant(), event.end());
        assertEquals("Asia/Seoul", event.startZone());
        assertEquals("CONFIRMED", event.status());
        assertEquals(0, event.sequence());
        assertEquals("테스트 강의실", event.location());
        assertTrue(
                event.summary().contains(c.cohort().code()) && event.summary().contains("실습"), event.summary());

        ParsedFeed.Event linked = feed.event(uid(online));
        assertEquals("https://meet.example.kr/ax-101", linked.url());
        assertEquals(null, linked.location(), "a link is not a place");
        assertTrue(linked.description().contains("https://meet.example.kr/ax-101"), linked.description());

        assertFalse(feed.has(uid(notMine)), "another cohort's session is not theirs");
    }

    @Test
    void theWallClockTimesAreWrittenInTheCentresZone() {
        Class c = newClass();
        ZonedDateTime start = LocalDate.now(SEOUL).plusDays(5).atTime(23, 30).atZone(SEOUL);
        data.session(c.cohort(), start.toInstant(), 120, SessionKind.LECTURE);
        String text = given().get(feedUrl(c.learner())).asString();
        String day = start.toLocalDate().toString().replace("-", "");
        String next = start.toLocalDate().plusDays(1).toString().replace("-", "");
        assertTrue(text.contains("DTSTART;TZID=Asia/Seoul:" + day + "T233000"), text);
        assertTrue(text.contains("DTEND;TZID=Asia/Seoul:" + next + "T013000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE"), text);
    }

    @Test
    void aMovedSessionKeepsItsUidAndACancelledOneArrivesCancelledUnderIt() {
        Class c = newClass();
        Instant start = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        SessionView session = data.session(c.cohort(), start, 90, SessionKind.LECTURE);
        String url = feedUrl(c.learner());
        assertEquals(0, fetch(url).event(uid(session)).sequence());

        Instant moved = start.plus(Duration.ofHours(2));
        given().auth()
                .oauth2(data.token(c.instructor()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "startsAt", moved.atOffset(ZoneOffset.UTC).toString(),
                        "endsAt",
                                moved.plus(Duration.ofMinutes(90))
                                        .atOffset(ZoneOffset.UTC)
                                        .toString(),
                        "kind", "LECTURE",
                        "location", "테스트 강의실",
                        "reason", "강의실 변경"))
                .put("/api/sessions/" + session.id())
                .then()
                .statusCode(200);
        ParsedFeed.Event after = fetch(url).event(uid(session));
        assertEquals(moved, after.start(), "the same UID carries the new time");
        assertEquals(1, after.sequence(), "a move raises SEQUENCE so apps replace their copy");
        assertEquals("CONFIRMED", after.status());

        given().auth()
                .oauth2(data.token(c.instructor()))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "강사 사정"))
                .post("/api/sessions/" + session.id() + "/cancel")
                .then()
                .statusCode(200);
        ParsedFeed feed = fetch(url);
        ParsedFeed.Event cancelled = feed.event(uid(session));
        assertEquals("CANCELLED", cancelled.status(), "both parsers read STATUS:CANCELLED");
        assertEquals(2, cancelled.sequence());
        assertEquals(moved, cancelled.start());
        assertTrue(cancelled.description().contains("강사 사정"), cancelled.description());
        assertEquals(
                1,
                feed.ical4j.keySet().stream()
                        .filter(u -> u.equals(uid(session)))
                        .count());

        Response single = given().auth().oauth2(data.token(c.learner())).get("/api/sessions/" + session.id() + ".ics");
        assertEquals(
                "CANCELLED",
                ParsedFeed.of(single.asString()).event(uid(session)).status());
    }

    @Test
    void aResetAddressStopsAtOnceWithTheAnswerOfAnAddressThatNeverExisted() {
        Class c = newClass();
        String old = feedUrl(c.learner());
        fetch(old);

        String fresh = given().auth()
                .oauth2(data.token(c.learner()))
                .contentType(ContentType.JSON)
                .post("/api/me/calendar/reset")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        assertNotEquals(old, fresh);
        assertEquals(fresh, feedUrl(c.learner()), "the API now gives the new address");
        fetch(fresh);

        Response gone = given().get(old);
        String base = old.substring(0, old.indexOf("/calendar/"));
        Response never = given().get(base + "/calendar/" + "A".repeat(43) + ".ics");
        Response garbage = given().get(base + "/calendar/nothing-here.ics");
        assertEquals(404, gone.statusCode());
        assertEquals(404, never.statusCode());
        assertEquals(404, garbage.statusCode());
        assertEquals(never.asString(), gone.asString(), "no hint that the address once worked");
        assertEquals(never.asString(), garbage.asString());
        assertEquals(never.contentType(), gone.contentType());
        assertTrue(gone.contentType().startsWith("application/problem+json"), gone.contentType());
        assertFalse(gone.asString().contains(old.substring(old.lastIndexOf('/') + 1, old.length() - 4)));
    }

    @Test
    void aDeactivatedPersonsFeedAnswersLikeAnUnknownOne() {
        Class c = newClass();
        String url = feedUrl(c.learner());
        fetch(url);
        UserView operator = data.named("달력운영자", "admin-pass-1", null, Role.ADMIN);
        given().auth()
                .oauth2(data.token(operator))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사"))
                .post("/api/users/" + c.learner().id() + "/deactivate")
                .then()
                .statusCode(200);
        Response gone = given().get(url);
        String base = url.substring(0, url.indexOf("/calendar/"));
        assertEquals(404, gone.statusCode());
        assertEquals(given().get(base + "/calendar/" + "B".repeat(43) + ".ics").asString(), gone.asString());
    }

    @Test
    void anInstructorsFeedHasTheSessionsTheyTeachAndTheCoachingVisitsTheyMake() {
        Class c = newClass();
        SessionView taught = data.session(c.cohort(), Instant.now().plus(Duration.ofDays(2)), 60, SessionKind.LECTURE);
        UserView otherInstructor = data.named("다른강사", "instructor-pass-1", null, Role.INSTRUCTOR);
        SessionView elsewhere = data.session(
                data.cohort(COURSE, 10, otherInstructor),
                Instant.now().plus(Duration.ofDays(2)),
                60,
                SessionKind.LECTURE);

        String request = given().auth()
                .oauth2(data.token(c.learner()))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "견적서 자동화", "problem", "양식이 ERP에 올라가지 않는다", "urgency", "NORMAL"))
                .post("/api/coaching-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(data.tokenFor(Role.ADMIN, null))
                .contentType(ContentType.JSON)
                .body(Map.of("coachId", c.instructor().id()))
                .post("/api/coaching-requests/" + request + "/assign")
                .then()
                .statusCode(200);
        Instant visitAt = Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MINUTES);
        String visit = given().auth()
                .oauth2(data.token(c.instructor()))
                .contentType(ContentType.JSON)
                .body(Map.of("startsAt", visitAt.toString(), "minutes", 90, "mode", "ON_SITE", "notes", "현장 점검"))
                .post("/api/coaching-requests/" + request + "/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ParsedFeed instructor = feedOf(c.instructor());
        ParsedFeed.Event session = instructor.event(uid(taught));
        assertTrue(session.description().contains("강의 담당"), session.description());
        ParsedFeed.Event coaching = instructor.event("coaching-" + visit + "@axcampus");
        assertEquals(visitAt, coaching.start());
        assertEquals(visitAt.plus(Duration.ofMinutes(90)), coaching.end());
        assertTrue(coaching.summary().contains("견적서 자동화"), coaching.summary());
        assertEquals(c.company().name(), coaching.location(), "an on-site visit takes place at the company");
        assertFalse(instructor.has(uid(elsewhere)), "not the sessions of a cohort they do not teach");

        assertTrue(
                feedOf(c.learner()).has("coaching-" + visit + "@axcampus"), "the visit of the learner's own request");
        assertFalse(feedOf(otherInstructor).has("coaching-" + visit + "@axcampus"));
    }

    @Test
    void theEventsOfASeatAreInTheFeedAndEveryEventInTheOperators() {
        Class c = newClass();
        UserView operator = data.named("달력운영자", "admin-pass-1", null, Role.ADMIN);
        Instant start = Instant.now().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.MINUTES);
        String event = given().auth()
                .oauth2(data.token(operator))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "달력 공유회",
                        "startsAt",
                        start.toString(),
                        "endsAt",
                        start.plus(Duration.ofHours(2)).toString(),
                        "location",
                        "AX 캠퍼스 강당",
                        "capacity",
                        10))
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String uid = "event-" + event + "@axcampus";
        assertFalse(feedOf(c.learner()).has(uid), "no seat, not in the calendar");
        given().auth()
                .oauth2(data.token(c.learner()))
                .post("/api/events/" + event + "/registrations")
                .then()
                .statusCode(201);
        ParsedFeed.Event seat = feedOf(c.learner()).event(uid);
        assertEquals(start, seat.start());
        assertEquals("AX 캠퍼스 강당", seat.location());
        assertTrue(seat.summary().contains("달력 공유회"), seat.summary());
        assertTrue(feedOf(operator).has(uid), "operators hold the centre's events");
    }

    @Test
    void theFeedSpeaksEnglishWhenAskedAndKoreanOtherwise() {
        Class c = newClass();
        SessionView session =
                data.session(c.cohort(), Instant.now().plus(Duration.ofDays(2)), 60, SessionKind.PRACTICUM);
        String url = feedUrl(c.learner());
        assertTrue(fetch(url).event(uid(session)).summary().endsWith("실습"));
        assertTrue(fetch(url + "?lang=en").event(uid(session)).summary().endsWith("practicum"));
    }

    @Test
    void oneSessionsIcsIsForExactlyThoseWhoSeeTheSession() {
        Class c = newClass();
        SessionView session = data.session(c.cohort(), Instant.now().plus(Duration.ofDays(3)), 60, SessionKind.LECTURE);
        UserView ceo = data.user("ceo-pass-1", UUID.fromString(c.company().id()), Role.CEO);
        CompanyView otherCompany = data.company("다른 달력 회사");
        UserView otherCeo = data.user("ceo-pass-1", UUID.fromString(otherCompany.id()), Role.CEO);
        UserView otherLearner = data.user("learner-pass-1", UUID.fromString(otherCompany.id()), Role.LEARNER);
        UserView otherInstructor = data.user("instructor-pass-1", null, Role.INSTRUCTOR);
        CohortView otherCohort = data.cohort(COURSE, 10, otherInstructor);
        data.enroll(otherCohort, otherLearner);
        String path = "/api/sessions/" + session.id() + ".ics";

        for (String token : List.of(
                data.token(c.learner()),
                data.token(c.instructor()),
                data.token(ceo),
                data.tokenFor(Role.ADMIN, null))) {
            Response answer = given().auth().oauth2(token).get(path);
            assertEquals(200, answer.statusCode(), answer.asString());
            assertTrue(answer.contentType().startsWith("text/calendar"), answer.contentType());
            assertTrue(
                    answer.header("Content-Disposition")
                            .startsWith("attachment; filename=\"" + c.cohort().code()),
                    answer.header("Content-Disposition"));
            ParsedFeed.Event event = ParsedFeed.of(answer.asString()).event(uid(session));
            assertEquals(Instant.parse(session.startsAt().toString()), event.start());
        }
        for (UserView outsider : List.of(otherLearner, otherCeo, otherInstructor)) {
            given().auth()
                    .oauth2(data.token(outsider))
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().get(path).then().statusCode(401);
        given().auth()
                .oauth2(data.token(c.learner()))
                .get("/api/sessions/not-a-session.ics")
                .then()
                .statusCode(404);
    }

    @Test
    void theExportTellsOfTheFeedWithoutItsTokenAndErasureRemovesIt() throws IOException {
        Class c = newClass();
        String url = feedUrl(c.learner());
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        String operator = data.token(data.named("달력운영자", "admin-pass-1", null, Role.ADMIN));
        byte[] export = given().auth()
                .oauth2(operator)
                .get("/api/personal-data/" + c.learner().id() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String person = personJson(export);
        assertTrue(person.contains("calendarFeed") && person.contains("address_changed_at"), person);
        assertFalse(person.contains(token), "the export never carries the token that opens the feed");

        given().auth()
                .oauth2(operator)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "퇴사 후 삭제 요청"))
                .post("/api/personal-data/" + c.learner().id() + "/erase")
                .then()
                .statusCode(200);
        assertEquals(404, given().get(url).statusCode());
    }

    private static String personJson(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("person.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("no person.json in the export");
    }
}
