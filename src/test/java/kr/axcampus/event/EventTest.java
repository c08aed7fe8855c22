package kr.axcampus.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.Concurrently;
import kr.axcampus.testing.TestData;
import kr.axcampus.testing.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sharing events (우수사례 공유회): held by operators, seen and registered for by everyone of the
 * centre, a waiting list that moves up exactly once per freed seat, and check-in with the live code.
 */
@QuarkusTest
class EventTest {
    private static final String PASSWORD = "event-pass-1";

    @Inject
    TestData data;

    private String admin() {
        return data.tokenFor(Role.ADMIN, null);
    }

    private String person(Role role) {
        UUID company = role == Role.INSTRUCTOR
                ? null
                : UUID.fromString(data.company("공유회").id());
        return data.token(data.user(PASSWORD, company, role));
    }

    private static Map<String, Object> event(Instant start, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "제조 AI 우수사례 공유회 " + TestData.unique());
        body.put("startsAt", start.atOffset(ZoneOffset.ofHours(9)).toString());
        body.put(
                "endsAt",
                start.plus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(9)).toString());
        body.put("location", "판교 AX 캠퍼스 3층");
        body.put("capacity", capacity);
        return body;
    }

    private String create(Instant start, int capacity) {
        return post(admin(), "/api/events", event(start, capacity))
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post(path).then();
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    private static ValidatableResponse cancel(String token, String event) {
        return given().auth()
                .oauth2(token)
                .delete("/api/events/" + event + "/registrations/me")
                .then();
    }

    @Test
    void anOperatorHoldsAnEventThatEveryoneOfTheCentreSees() {
        Instant start =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0).toInstant();
        Map<String, Object> body = event(start, 30);
        String id = post(admin(), "/api/events", body)
                .statusCode(201)
                .body("title", equalTo(body.get("title")))
                .body("startsAt", equalTo(start.toString()))
                .body("endsAt", equalTo(start.plus(Duration.ofHours(2)).toString()))
                .body("location", equalTo("판교 AX 캠퍼스 3층"))
                .body("capacity", equalTo(30))
                .body("registered", equalTo(0))
                .body("waiting", equalTo(0))
                .body("registration", nullValue())
                .extract()
                .jsonPath()
                .getString("id");
        for (Role role : List.of(Role.LEARNER, Role.CEO, Role.INSTRUCTOR, Role.ADMIN)) {
            String token = person(role);
            get(token, "/api/events/" + id).statusCode(200).body("capacity", equalTo(30));
            get(token, "/api/events?size=200").statusCode(200).body("items.id", hasItem(id));
        }
        get(admin(), "/api/events?size=500").statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyOperatorsHoldEventsAndShowTheirCode() {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 5);
        for (Role role : List.of(Role.LEARNER, Role.CEO, Role.INSTRUCTOR)) {
            String token = person(role);
            post(token, "/api/events", event(Instant.now().plus(Duration.ofDays(3)), 5))
                    .statusCode(403);
            get(token, "/api/events/" + id + "/check-in-code").statusCode(403);
        }
        get(admin(), "/api/events/" + id + "/check-in-code")
                .statusCode(200)
                .body("code", notNullValue())
                .body("checkInUrl", containsString("/events/" + id + "?code="));
    }

    @Test
    void anotherCentresEventIsNotFound() {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 5);
        String stranger = TestTokens.token(UUID.randomUUID(), UUID.randomUUID(), null, Role.ADMIN);
        get(stranger, "/api/events/" + id).statusCode(404);
        post(stranger, "/api/events/" + id + "/registrations", null).statusCode(404);
        get(stranger, "/api/events/" + id + "/check-in-code").statusCode(404);
        get(stranger, "/api/events?size=200").statusCode(200).body("items.id", not(hasItem(id)));
        get(admin(), "/api/events/not-an-id").statusCode(404);
    }

    @Test
    void registeringTwiceIsHarmless() {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 5);
        String learner = person(Role.LEARNER);
        post(learner, "/api/events/" + id + "/registrations", null)
                .statusCode(201)
                .body("status", equalTo("REGISTERED"))
                .body("position", nullValue());
        post(learner, "/api/events/" + id + "/registrations", null)
                .statusCode(200)
                .body("status", equalTo("REGISTERED"));
        get(learner, "/api/events/" + id)
                .body("registered", equalTo(1))
                .body("registration.status", equalTo("REGISTERED"));
    }

    @Test
    void overCapacityPeopleWaitInTheOrderTheyRegistered() {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 2);
        List<String> people = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Role role : List.of(Role.LEARNER, Role.CEO, Role.INSTRUCTOR, Role.LEARNER)) {
            String token = person(role);
            people.add(token);
            JsonPath answer = post(token, "/api/events/" + id + "/registrations", null)
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            answers.add(answer.getString("status") + ":" + answer.getString("position"));
        }
        assertEquals(List.of("REGISTERED:null", "REGISTERED:null", "WAITING:1", "WAITING:2"), answers);
        get(people.get(3), "/api/events/" + id)
                .body("registered", equalTo(2))
                .body("waiting", equalTo(2))
                .body("registration.status", equalTo("WAITING"))
                .body("registration.position", equalTo(2));
    }

    @Test
    void aCancelledSeatGoesToTheFirstWaitingPersonExactlyOnceEvenWhenCancelledConcurrently() throws Exception {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 2);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String token = person(Role.LEARNER);
            people.add(token);
            post(token, "/api/events/" + id + "/registrations", null).statusCode(201);
        }
        // The same cancellation sent eight times at once frees one seat, once.
        var answers = Concurrently.send(
                8,
                () -> given().auth()
                        .oauth2(people.get(0))
                        .delete("/api/events/" + id + "/registrations/me")
                        .then()
                        .extract());
        List<Integer> statuses = Concurrently.statuses(answers);
        assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 404).count(), statuses.toString());
        get(people.get(2), "/api/events/" + id)
                .body("registered", equalTo(2))
                .body("waiting", equalTo(1))
                .body("registration.status", equalTo("REGISTERED"));
        get(people.get(3), "/api/events/" + id).body("registration.position", equalTo(1));
        cancel(people.get(0), id).statusCode(404);

        // Two seats freed at once: the last waiting person moves up, and nobody twice.
        String late = person(Role.CEO);
        post(late, "/api/events/" + id + "/registrations", null).statusCode(201).body("position", equalTo(2));
        List<String> seated = List.of(people.get(1), people.get(2));
        AtomicInteger next = new AtomicInteger();
        var freed = Concurrently.send(
                2, () -> cancel(seated.get(next.getAndIncrement()), id).extract());
        assertEquals(List.of(204, 204), Concurrently.statuses(freed));
        get(late, "/api/events/" + id)
                .body("registered", equalTo(2))
                .body("waiting", equalTo(0))
                .body("registration.status", equalTo("REGISTERED"));
        get(people.get(3), "/api/events/" + id).body("registration.status", equalTo("REGISTERED"));
    }

    @Test
    void aRegistrantChecksInOnceWithTheLiveCode() {
        String id = create(Instant.now().minus(Duration.ofMinutes(10)), 1);
        String seated = person(Role.LEARNER);
        String waiting = person(Role.CEO);
        post(seated, "/api/events/" + id + "/registrations", null).statusCode(201);
        post(waiting, "/api/events/" + id + "/registrations", null).statusCode(201);
        String code = get(admin(), "/api/events/" + id + "/check-in-code")
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("code");
        String wrong = code.equals("000000") ? "111111" : "000000";
        post(seated, "/api/events/" + id + "/check-in", Map.of("code", wrong))
                .statusCode(422)
                .body("type", equalTo("/problems/invalid-code"));
        String first = post(seated, "/api/events/" + id + "/check-in", Map.of("code", code))
                .statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("checkedInAt", notNullValue())
                .extract()
                .jsonPath()
                .getString("checkedInAt");
        post(seated, "/api/events/" + id + "/check-in", Map.of("code", code))
                .statusCode(200)
                .body("checkedInAt", equalTo(first));
        post(waiting, "/api/events/" + id + "/check-in", Map.of("code", code))
                .statusCode(403)
                .body("type", equalTo("/problems/not-registered"));
        post(person(Role.INSTRUCTOR), "/api/events/" + id + "/check-in", Map.of("code", code))
                .statusCode(403);
        get(admin(), "/api/events/" + id).body("checkedIn", equalTo(1));
        // A registration that checked in stays: the event's attendance is its record.
        cancel(seated, id).statusCode(409);
    }

    @Test
    void nobodyRegistersAfterTheEventEnded() {
        String id = create(Instant.now().minus(Duration.ofHours(3)), 5);
        post(person(Role.LEARNER), "/api/events/" + id + "/registrations", null)
                .statusCode(409)
                .body("type", equalTo("/problems/event-ended"));
    }

    @Test
    void badInputNamesTheField() {
        Instant start = Instant.now().plus(Duration.ofDays(2));
        Map<String, Object> noTitle = event(start, 5);
        noTitle.remove("title");
        post(admin(), "/api/events", noTitle).statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> backwards = event(start, 5);
        backwards.put("endsAt", start.minus(Duration.ofHours(1)).toString());
        post(admin(), "/api/events", backwards).statusCode(400).body("errors.field", hasItem("endsAt"));
        Map<String, Object> empty = event(start, 0);
        post(admin(), "/api/events", empty).statusCode(400).body("errors.field", hasItem("capacity"));
        Map<String, Object> words = event(start, 5);
        words.put("capacity", "many");
        post(admin(), "/api/events", words).statusCode(400).body("errors.field", hasItem("capacity"));
        Map<String, Object> vague = event(start, 5);
        vague.put("startsAt", "next week");
        post(admin(), "/api/events", vague).statusCode(400).body("errors.field", hasItem("startsAt"));
        given().auth()
                .oauth2(admin())
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .post("/api/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        post(admin(), "/api/events", null).statusCode(400);
    }

    @Test
    void anErasedPersonLeavesComingEventsAndTheirSeatMovesOn() throws IOException {
        String id = create(Instant.now().plus(Duration.ofDays(3)), 1);
        UserView leaver =
                data.user(PASSWORD, UUID.fromString(data.company("공유회").id()), Role.LEARNER);
        String next = person(Role.LEARNER);
        post(data.token(leaver), "/api/events/" + id + "/registrations", null).statusCode(201);
        post(next, "/api/events/" + id + "/registrations", null).statusCode(201).body("status", equalTo("WAITING"));
        String operator = data.token(data.user(PASSWORD, null, Role.ADMIN));
        byte[] export = given().auth()
                .oauth2(operator)
                .get("/api/personal-data/" + leaver.id() + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertEquals(List.of("REGISTERED"), personJson(export).getList("parts.eventRegistrations.status"));
        post(operator, "/api/personal-data/" + leaver.id() + "/erase", Map.of("reason", "퇴사 후 삭제 요청"))
                .statusCode(200);
        get(next, "/api/events/" + id)
                .body("registered", equalTo(1))
                .body("waiting", equalTo(0))
                .body("registration.status", equalTo("REGISTERED"));
    }

    private static JsonPath personJson(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("person.json")) {
                    return JsonPath.from(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        throw new IllegalStateException("no person.json in the export");
    }
}
