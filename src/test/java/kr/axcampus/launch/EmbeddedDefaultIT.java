package kr.axcampus.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import kr.axcampus.testing.MultipartUpload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application started with no database URL, in an empty working
 * folder, as the README tells a newcomer: it runs the embedded default, answers
 * readiness, and the printed demo operator can sign in. Started twice on the
 * same data folder, it reuses what the first start created.
 */
class EmbeddedDefaultIT {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void thePackagedAppStartsOnTheEmbeddedDefaultAndKeepsItsData() throws Exception {
        Path workDir = Files.createTempDirectory("axcampus-embedded");
        try {
            String firstToken = startSignInAndStop(workDir);
            assertTrue(Files.isDirectory(workDir.resolve("axcampus-data/postgres")), "data folder created");
            String secondToken = startSignInAndStop(workDir);
            assertTrue(firstToken.length() > 100 && secondToken.length() > 100);
        } finally {
            try (Stream<Path> paths = Files.walk(workDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String startSignInAndStop(Path workDir) throws Exception {
        int port = freePort();
        Path log = workDir.resolve("app-" + port + ".log");
        Process app = launch(workDir, port, log);
        try {
            Instant started = Instant.now();
            HttpResponse<String> ready = waitUntilReady(port, app, log);
            System.out.printf(
                    "Embedded default ready in %d ms%n",
                    Duration.between(started, Instant.now()).toMillis());
            assertTrue(ready.body().contains("\"UP\""), ready.body());
            assertTrue(Files.readString(log).contains("admin@demo.axcampus.kr"), "sign-in help is printed");
            aSecondStartOnTheSameFolderIsRefusedInASentence(workDir);

            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"email\":\"learner1@daehan.demo.axcampus.kr\",\"password\":\"demo1234!\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            String token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

            // The catalogue packaged inside the jar is imported, and the demo learner can take a lesson.
            assertTrue(Files.readString(log).contains("Catalogue imported"), "the packaged content/ imports");
            HttpResponse<String> courses = get(port, "/api/courses", token);
            assertEquals(200, courses.statusCode(), courses.body());
            for (String code : new String[] {
                "GX-AX-LEADERSHIP",
                "GX-GENAI-DECISIONS",
                "PX-OFFICE-GENAI",
                "PX-DATA-REPORTING",
                "PX-MFG-QUALITY-DEMAND"
            }) {
                assertTrue(courses.body().contains("\"code\":\"" + code + "\""), code + " in " + courses.body());
            }
            HttpResponse<String> lesson = get(port, "/api/courses/PX-OFFICE-GENAI/lessons/01-meeting-minutes", token);
            assertEquals(200, lesson.statusCode(), lesson.body());
            assertTrue(lesson.body().contains("/courses/PX-OFFICE-GENAI/files/data/"), "practice files are linked");
            materialsRoundTripOnTheLocalStore(port, token);
            demoDiagnoses(port);
            demoCertificate(port);
            demoCoaching(port);
            demoEvent(port);
            demoNotices(port);
            return token;
        } finally {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    /** The packaged app started as the README starts it, in {@code workDir}, its output to {@code log}. */
    private static Process launch(Path workDir, int port, Path log) throws Exception {
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        System.getProperty("axcampus.runner.jar"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        app.getOutputStream().close();
        return app;
    }

    /** While one AX Campus runs, another on its data folder stops at once and says why. */
    private void aSecondStartOnTheSameFolderIsRefusedInASentence(Path workDir) throws Exception {
        Path log = workDir.resolve("second-start.log");
        Process second = launch(workDir, freePort(), log);
        if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            second.destroyForcibly();
            throw new AssertionError("a second start on the same data folder kept running: " + Files.readString(log));
        }
        String said = Files.readString(log);
        assertEquals(1, second.exitValue(), said);
        assertTrue(said.contains("another AX Campus is using the data folder"), said);
        assertTrue(!said.contains("Exception") && !said.contains("\tat "), "no stack trace: " + said);
    }

    /** 대한정밀's diagnosis is signed off with a roadmap into the demo cohorts; 새솔물류's is a draft. */
    private void demoDiagnoses(int port) throws Exception {
        String daehan = signIn(port, "ceo@daehan.demo.axcampus.kr");
        String company = new JsonPath(get(port, "/api/me", daehan).body()).getString("companyId");
        JsonPath list = new JsonPath(
                get(port, "/api/companies/" + company + "/diagnoses", daehan).body());
        assertEquals("SIGNED_OFF", list.getString("items[0].status"), list.prettify());
        JsonPath diagnosis = new JsonPath(get(port, "/api/diagnoses/" + list.getString("items[0].id"), daehan)
                .body());
        assertEquals(3, diagnosis.getList("roadmap").size(), diagnosis.prettify());
        assertEquals(
                0, diagnosis.getList("roadmap.findAll { it.cohortId == null }").size(), diagnosis.prettify());
        assertTrue(diagnosis.getInt("roadmap[0].progress.enrolled") > 0, diagnosis.prettify());
        String saesol = signIn(port, "ceo@saesol.demo.axcampus.kr");
        String other = new JsonPath(get(port, "/api/me", saesol).body()).getString("companyId");
        assertEquals(
                "DRAFT",
                new JsonPath(get(port, "/api/companies/" + other + "/diagnoses", saesol)
                                .body())
                        .getString("items[0].status"));
    }

    /** Coaching in every state: the operator's board counts them, and 한지민's resolved request carries its visit and rating. */
    private void demoCoaching(int port) throws Exception {
        String admin = signIn(port, "admin@demo.axcampus.kr");
        JsonPath levels = new JsonPath(
                get(port, "/api/coaching-requests/service-levels", admin).body());
        assertEquals(1, levels.getInt("fresh"), levels.prettify());
        assertEquals(1, levels.getInt("scheduled"), levels.prettify());
        assertEquals(1, levels.getInt("resolved"), levels.prettify());
        assertEquals(1, levels.getInt("assigned"), levels.prettify());
        assertEquals(1, levels.getInt("closedUnresolved"), levels.prettify());
        String jimin = signIn(port, "learner1@daehan.demo.axcampus.kr");
        JsonPath mine = new JsonPath(get(port, "/api/coaching-requests", jimin).body());
        JsonPath request = new JsonPath(get(port, "/api/coaching-requests/" + mine.getString("items[0].id"), jimin)
                .body());
        assertEquals("RESOLVED", request.getString("status"), request.prettify());
        assertEquals("ON_SITE", request.getString("visits[0].mode"), request.prettify());
        assertEquals(5, request.getInt("rating.score"), request.prettify());
    }

    /**
     * Right after start-up the operator's "보낸 알림" shows reminders of tomorrow's session and the
     * at-risk notices of the running cohort, kept in the local outbox (no mail server), in Korean.
     */
    private void demoNotices(int port) throws Exception {
        String admin = signIn(port, "admin@demo.axcampus.kr");
        Instant deadline = Instant.now().plusSeconds(60);
        JsonPath sent;
        do {
            Thread.sleep(1000);
            sent = new JsonPath(get(port, "/api/sent-notices?state=CAPTURED&size=200", admin)
                    .body());
        } while (!(sent.getList("items.kind").contains("AT_RISK")
                        && sent.getList("items.kind").contains("SESSION_REMINDER"))
                && Instant.now().isBefore(deadline));
        assertTrue(sent.getList("items.kind").contains("AT_RISK"), sent.prettify());
        assertTrue(sent.getList("items.kind").contains("SESSION_REMINDER"), sent.prettify());
        String risk = sent.getString("items.find { it.kind == 'AT_RISK' }.body");
        assertTrue(risk.contains("수료 위험") && risk.contains("http://localhost:8080/cohorts/"), risk);
        HttpResponse<String> page = get(port, "/admin/notices", admin);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("보낸 알림") && page.body().contains("로컬 보관"), "the outbox page shows them");
    }

    /** The demo sharing event is full: three people hold a seat and learner4 waits first in line. */
    private void demoEvent(int port) throws Exception {
        String learner4 = signIn(port, "learner4@saesol.demo.axcampus.kr");
        JsonPath events = new JsonPath(get(port, "/api/events", learner4).body());
        assertEquals(1, events.getInt("total"), events.prettify());
        assertEquals(3, events.getInt("items[0].registered"), events.prettify());
        assertEquals(1, events.getInt("items[0].waiting"), events.prettify());
        assertEquals("WAITING", events.getString("items[0].registration.status"), events.prettify());
        assertEquals(1, events.getInt("items[0].registration.position"), events.prettify());
        // the demo's two published cases are presented there
        JsonPath presented =
                new JsonPath(get(port, "/api/events/" + events.getString("items[0].id") + "/cases", learner4)
                        .body());
        assertEquals(2, presented.getList("$").size(), presented.prettify());
    }

    /** The finished demo cohort is closed: learner3 completed it and holds a certificate anyone can verify. */
    private void demoCertificate(int port) throws Exception {
        String learner3 = signIn(port, "learner3@saesol.demo.axcampus.kr");
        String finished = new JsonPath(
                        get(port, "/api/cohorts?size=50", learner3).body())
                .getString("items.find { it.code == 'PX-DATA-DEMO-0' }.id");
        JsonPath results = new JsonPath(
                get(port, "/api/cohorts/" + finished + "/results", learner3).body());
        assertEquals("COMPLETED", results.getString("[0].result"), results.prettify());
        String serial = results.getString("[0].certificateSerial");
        HttpResponse<String> check = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/certificates/" + serial))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, check.statusCode(), check.body());
        assertEquals("VALID", new JsonPath(check.body()).getString("status"));
    }

    private String signIn(int port, String email) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + email + "\",\"password\":\"demo1234!\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        return login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    /** The demo guide was stored at start-up; a deliverable goes in and comes back through a signed link. */
    private void materialsRoundTripOnTheLocalStore(int port, String token) throws Exception {
        HttpResponse<String> cohorts = get(port, "/api/cohorts?size=50", token);
        String cohortId = new JsonPath(cohorts.body()).getString("items.find { it.code == 'PX-OFFICE-DEMO-1' }.id");
        assertEquals(36, cohortId == null ? 0 : cohortId.length(), cohorts.body());
        HttpResponse<String> shelf = get(port, "/api/materials?scope=COHORT&scopeId=" + cohortId, token);
        assertTrue(shelf.body().contains("1주차 실습 안내.md"), shelf.body());

        MultipartUpload.Answer uploaded = MultipartUpload.bearer(token)
                .field("scope", "SUBMISSION")
                .field("scopeId", cohortId)
                .file("결과.pdf", "%PDF-1.7\n%embedded\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .postTo("http://127.0.0.1:" + port);
        assertEquals(201, uploaded.status(), uploaded.response().body());
        String id = uploaded.json().getString("id");
        HttpResponse<String> link = get(port, "/api/materials/" + id + "/content", token);
        assertEquals(303, link.statusCode(), link.body());
        String location = link.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/files/"), "the local store signs an application link: " + location);
        HttpResponse<String> file = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port).resolve(location))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertEquals("%PDF-1.7\n%embedded\n", file.body());
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> waitUntilReady(int port, Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 90 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
