import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cohort's team and learners make most, timed against the packaged app (run by
 * bench/roster.sh and bench/progress-read.sh).
 *
 * <p>{@code roster}: the roll of a large cohort (issue 13: "keep it fast for a cohort of 40 learners
 * × 30 sessions") — seeds a cohort of LEARNERS learners and SESSIONS held sessions through the API,
 * each learner with a record in every session, then times the roster page, the operator's cohort
 * page, the XLSX sheet and the progress API, one request at a time.
 *
 * <p>The progress read under load (issue 18):
 *
 * <p>{@code seed}: a cohort like the issue's — LEARNERS learners, 12 held and 6 coming 4-hour
 * sessions, everyone present in the held ones — through the API; writes the cohort id, the
 * learners' ids and their tokens to {@code out}.
 *
 * <p>{@code load}: CLIENTS clients, each sending one request after the other for WARMUP then
 * SECONDS seconds; the learner's own progress ({@code mine}: each learner reads theirs) or the
 * cohort's ({@code cohort}: as the operator). Prints req/s, p50, p99 and errors of the measured part.
 */
public class ReadBench {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT", "EXCUSED"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    ReadBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        ReadBench bench = new ReadBench(args[1]);
        if ("roster".equals(args[0])) {
            bench.roster(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        } else if ("seed".equals(args[0])) {
            bench.seed(args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]));
        } else {
            bench.load(Path.of(args[2]), args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
        }
    }

    void seed(String adminEmail, String adminPassword, int learners, Path out) throws Exception {
        String admin = login(adminEmail, adminPassword);
        String number = businessNumber();
        String company = match(ID, call("POST", "/api/companies", admin,
                "{\"name\":\"벤치 진도 회사\",\"businessNumber\":\"" + number + "\",\"sizeClass\":\"SMALL\",\"region\":\"SEOUL\"}",
                201));
        StringBuilder people = new StringBuilder("email,name,roles,businessNumber,department,jobTitle,password\n");
        for (int i = 1; i <= learners; i++) {
            people.append("read-").append(i).append("@bench.axcampus.kr,진도 훈련생 ").append(i)
                    .append(",LEARNER,").append(number).append(",,,bench-pass-1\n");
        }
        call("POST", "/api/users/import", admin, "text/csv", people.toString(), 201);
        String cohort = match(ID, call("POST", "/api/cohorts", admin,
                "{\"courseCode\":\"PX-OFFICE-GENAI\",\"code\":\"READ-" + System.currentTimeMillis() % 100000
                        + "\",\"startDate\":\"" + LocalDate.now().minusDays(20) + "\",\"endDate\":\""
                        + LocalDate.now().plusDays(20) + "\",\"capacity\":" + learners
                        + ",\"mode\":\"ON_SITE\",\"instructorIds\":[]}",
                201));
        call("POST", "/api/cohorts/" + cohort + "/enrollments/company", admin, "{\"companyId\":\"" + company + "\"}",
                201);
        Instant today = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (int s = -12; s < 6; s++) {
            Instant at = today.plus(Duration.ofDays(s < 0 ? s : s + 1));
            String session = match(ID, call("POST", "/api/cohorts/" + cohort + "/sessions", admin,
                    "{\"startsAt\":\"" + at + "\",\"endsAt\":\"" + at.plus(Duration.ofHours(4)) + "\",\"kind\":\""
                            + (s % 2 == 0 ? "LECTURE" : "PRACTICUM") + "\"}",
                    201));
            if (s < 0) {
                call("POST", "/api/sessions/" + session + "/attendance/all-present", admin, "{}", 200);
            }
        }
        StringBuilder lines = new StringBuilder("cohort=" + cohort + "\nadmin=" + admin + "\n");
        // Each learner by the number in their name, so their own token reads their own progress.
        Matcher ids = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*\"진도 훈련생 (\\d+)\"")
                .matcher(call("GET", "/api/cohorts/" + cohort + "/enrollments", admin, null, 200));
        int i = 0;
        while (ids.find()) {
            i++;
            lines.append("learner=").append(ids.group(1)).append(' ')
                    .append(login("read-" + ids.group(2) + "@bench.axcampus.kr", "bench-pass-1")).append('\n');
        }
        Files.writeString(out, lines.toString());
        System.out.printf(Locale.ROOT, "progress-read: seeded cohort %s with %d learners, 12 held and 6 coming sessions%n",
                cohort, i);
    }

    void load(Path seed, String what, int clients, int warmupSeconds, int seconds) throws Exception {
        List<String> lines = Files.readAllLines(seed);
        String cohort = value(lines, "cohort=");
        String admin = value(lines, "admin=");
        List<String[]> learners = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("learner=")) {
                learners.add(line.substring("learner=".length()).split(" "));
            }
        }
        long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                long errors = 0;
                int turn = client;
                while (System.nanoTime() < end) {
                    String[] learner = learners.get(turn++ % learners.size());
                    boolean mine = "mine".equals(what);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cohorts/" + cohort + "/progress"
                                    + (mine ? "/" + learner[0] : "")))
                            .header("Authorization", "Bearer " + (mine ? learner[1] : admin))
                            .GET()
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    long t1 = System.nanoTime();
                    if (t0 >= warmupEnd && t1 <= end) {
                        if (response.statusCode() != 200) {
                            errors++;
                        } else if (n < latencies.length) {
                            latencies[n++] = t1 - t0;
                        }
                    }
                }
                long[] kept = Arrays.copyOf(latencies, n + 1);
                kept[n] = -errors - 1;
                return kept;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> result : results) {
            long[] kept = result.get();
            errors += -(kept[kept.length - 1] + 1);
            for (int k = 0; k < kept.length - 1; k++) {
                all.add(kept[k]);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT,
                "progress-read: %-6s %d clients, %d s after %d s warm-up: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                what, clients, seconds, warmupSeconds, sorted.length / (double) seconds,
                sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
                sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, errors);
    }

    void roster(String adminEmail, String adminPassword, int learners, int sessions, int rounds) throws Exception {
        String admin = match(TOKEN, call("POST", "/api/auth/login", null, "application/json",
                "{\"email\":\"" + adminEmail + "\",\"password\":\"" + adminPassword + "\"}", 200));
        long seedStart = System.nanoTime();
        String number = businessNumber();
        String company = match(ID, call("POST", "/api/companies", admin, "application/json",
                "{\"name\":\"벤치 출석부 회사\",\"businessNumber\":\"" + number + "\",\"sizeClass\":\"SMALL\",\"region\":\"SEOUL\"}",
                201));
        StringBuilder people = new StringBuilder("email,name,roles,businessNumber,department,jobTitle,password\n");
        for (int i = 1; i <= learners; i++) {
            people.append("roll-").append(i).append("@bench.axcampus.kr,출석부 훈련생 ").append(i)
                    .append(",LEARNER,").append(number).append(",생산,,bench-pass-1\n");
        }
        people.append("roll-teacher@bench.axcampus.kr,출석부 강사,INSTRUCTOR,,,,bench-pass-1\n");
        String imported = call("POST", "/api/users/import", admin, "text/csv", people.toString(), 201);
        String teacher = null;
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"email\"\\s*:\\s*\"roll-teacher@").matcher(imported);
        if (m.find()) {
            teacher = m.group(1);
        }
        LocalDate start = LocalDate.now().minusDays(sessions + 5L);
        String cohort = match(ID, call("POST", "/api/cohorts", admin, "application/json",
                "{\"courseCode\":\"PX-OFFICE-GENAI\",\"code\":\"ROLL-" + System.currentTimeMillis() % 100000
                        + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + LocalDate.now().plusDays(30)
                        + "\",\"capacity\":" + learners + ",\"mode\":\"ON_SITE\",\"instructorIds\":["
                        + (teacher == null ? "" : "\"" + teacher + "\"") + "]}",
                201));
        call("POST", "/api/cohorts/" + cohort + "/enrollments/company", admin, "application/json",
                "{\"companyId\":\"" + company + "\"}", 201);
        List<String> learnerIds = new ArrayList<>();
        Matcher ids = Pattern.compile("\"userId\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(call("GET", "/api/cohorts/" + cohort + "/enrollments", admin, null, null, 200));
        while (ids.find()) {
            learnerIds.add(ids.group(1));
        }
        Instant first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(sessions + 1L));
        List<String> sessionIds = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            Instant at = first.plus(Duration.ofDays(s));
            sessionIds.add(match(ID, call("POST", "/api/cohorts/" + cohort + "/sessions", admin, "application/json",
                    "{\"startsAt\":\"" + at + "\",\"endsAt\":\"" + at.plus(Duration.ofHours(4)) + "\",\"kind\":\""
                            + (s % 2 == 0 ? "LECTURE" : "PRACTICUM") + "\"}",
                    201)));
        }
        int records = 0;
        for (int s = 0; s < sessionIds.size(); s++) {
            call("POST", "/api/sessions/" + sessionIds.get(s) + "/attendance/all-present", admin, "application/json",
                    "{}", 200);
            for (int l = 0; l < learnerIds.size(); l++) {
                String status = STATUSES[(s * 7 + l) % STATUSES.length];
                if (!"PRESENT".equals(status)) {
                    call("PUT", "/api/sessions/" + sessionIds.get(s) + "/attendance/" + learnerIds.get(l), admin,
                            "application/json", "{\"status\":\"" + status + "\",\"reason\":\"bench\"}", 200);
                }
                records++;
            }
        }
        System.out.printf(Locale.ROOT, "roster: seeded %d learners x %d sessions (%d records) in %.1f s%n",
                learnerIds.size(), sessionIds.size(), records, (System.nanoTime() - seedStart) / 1e9);

        time("GET /cohorts/{id} (the roll: grid, totals, phone list)", "/cohorts/" + cohort, admin, rounds);
        time("GET /admin/cohorts/{id} (the operator's cohort page)", "/admin/cohorts/" + cohort, admin, rounds);
        time("GET /api/cohorts/{id}/attendance-sheet.xlsx", "/api/cohorts/" + cohort + "/attendance-sheet.xlsx", admin,
                rounds);
        time("GET /api/cohorts/{id}/progress", "/api/cohorts/" + cohort + "/progress", admin, rounds);
    }

    private void time(String what, String path, String token, int rounds) throws Exception {
        for (int i = 0; i < 5; i++) {
            fetch(path, token);
        }
        long[] nanos = new long[rounds];
        long bytes = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            bytes = fetch(path, token);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "roster: %-58s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d rounds, %d bytes)%n",
                what, nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.95) - 1] / 1e6, nanos[rounds - 1] / 1e6,
                rounds, bytes);
    }

    private long fetch(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "axc_token=" + token + "; axc_lang=ko")
                .header("Accept-Language", "ko")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    private String login(String email, String password) throws Exception {
        return match(TOKEN, call("POST", "/api/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200));
    }

    private String call(String method, String path, String token, String body, int expected) throws Exception {
        return call(method, path, token, "application/json", body, expected);
    }

    private String call(String method, String path, String token, String type, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    private static String businessNumber() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        java.util.Random random = new java.util.Random();
        int[] d = new int[9];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            d[i] = random.nextInt(10);
            sum += d[i] * weights[i];
        }
        sum += (d[8] * 5) / 10;
        StringBuilder n = new StringBuilder();
        for (int x : d) {
            n.append(x);
        }
        return n.append((10 - sum % 10) % 10).toString();
    }
}
