import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roll of a large cohort (issue 13: "keep it fast for a cohort of 40 learners × 30 sessions"),
 * run by bench/roster.sh against the packaged app: seeds a cohort of LEARNERS learners and
 * SESSIONS held sessions through the API, each learner with a record in every session, then times
 * the roster page (the grid), the operator's cohort page and the XLSX attendance sheet as their
 * users fetch them, one request at a time.
 */
public class RosterBench {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "LATE", "ABSENT", "EXCUSED"};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    RosterBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String adminEmail = args[1];
        String adminPassword = args[2];
        int learners = Integer.parseInt(args[3]);
        int sessions = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        new RosterBench(base).run(adminEmail, adminPassword, learners, sessions, rounds);
    }

    void run(String adminEmail, String adminPassword, int learners, int sessions, int rounds) throws Exception {
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

    private String call(String method, String path, String token, String type, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
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

    /** Nine random digits and the check digit that makes a valid business registration number. */
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
        int check = (10 - sum % 10) % 10;
        StringBuilder n = new StringBuilder();
        for (int x : d) {
            n.append(x);
        }
        return n.append(check).toString();
    }
}
