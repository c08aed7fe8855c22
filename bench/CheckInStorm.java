import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of the check-in storm benchmark (bench/checkin-storm.sh runs it).
 * A single-file JDK 17 program without dependencies: {@code java bench/CheckInStorm.java MODE key=value...}.
 *
 * <ul>
 * <li>{@code seed}: through the admin API, one partner company, one template learner and M + 1 cohorts,
 * each with one live session (cohort 0 is the warm-up cohort); the template learner is enrolled in
 * cohort 0. Writes {@code out} (key=value lines) for the script, which clones the template learner and
 * enrolment with SQL (creating 2,000 users through the API costs 2,000 bcrypt hashes).</li>
 * <li>{@code storm}: reads the learners file (CSV: user_id,session_id,warm,center_id,company_id,email,name),
 * signs each learner's RS256 token with the app's private key (the claims TokenService issues), warms the
 * app up on the warm-up session, then fires every learner's check-in at once, at most {@code concurrency}
 * requests in flight, and reports count, errors, throughput and latency percentiles.</li>
 * </ul>
 * Options for running behind a load balancer (k8s/local-cluster-sim.sh), all off by default:
 * {@code retries=N} retries a check-in whose attempt failed to connect or answered 502/503/504, up to N more
 * times, after {@code retryBackoffMillis} x attempt (the learner's app does the same; a check-in is
 * idempotent); its latency then runs from the first attempt to the last answer and it keeps its slot
 * meanwhile. {@code midStormAt=0.4 midStormCommand=...} runs the command ({@code sh -c}) once, when that
 * share of the storm's requests has been answered (e.g. to kill a replica).
 */
public class CheckInStorm {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern KID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, String> options;
    private final String base;
    private final HttpClient http;

    CheckInStorm(Map<String, String> options, HttpClient http) {
        this.options = options;
        this.base = option("base", "http://127.0.0.1:8080");
        this.http = http;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("seed", "storm", "fault").contains(args[0])) {
            System.err.println("usage: java bench/CheckInStorm.java seed|storm|fault key=value ...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not key=value: " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "500"));
        ExecutorService executor = Executors.newFixedThreadPool(
                Integer.parseInt(options.getOrDefault("clientThreads", "4")), daemon("client"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
        CheckInStorm bench = new CheckInStorm(options, http);
        int status = switch (args[0]) {
            case "seed" -> bench.seed();
            case "storm" -> bench.storm(concurrency);
            default -> new Fault(bench).run(concurrency);
        };
        executor.shutdownNow();
        System.exit(status);
    }

    // ------------------------------------------------------------------ seed

    int seed() throws Exception {
        int sessions = Integer.parseInt(option("sessions", "40"));
        int perCohort = Integer.parseInt(option("perCohort", "50"));
        int warmup = Integer.parseInt(option("warmup", "400"));
        int warmupSessions = Integer.parseInt(option("warmupSessions", "20"));
        String admin = login(option("adminEmail", null), option("adminPassword", null));
        String company = id(call("POST", "/api/companies", admin, json(
                "name", "벤치마크 주식회사", "businessNumber", "1248100998", "sizeClass", "SMALL",
                "industry", "제조업", "region", "SEOUL"), 201));
        String template = id(call("POST", "/api/users", admin, "{\"email\":\"bench-template@bench.axcampus.kr\","
                + "\"name\":\"벤치 템플릿\",\"roles\":[\"LEARNER\"],\"companyId\":\"" + company + "\","
                + "\"password\":\"" + option("learnerPassword", "bench-pass-1234") + "\"}", 201));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.MINUTES);
        StringBuilder out = new StringBuilder("company=" + company + "\ntemplate=" + template + "\n");
        for (int i = 0; i <= sessions; i++) {
            int capacity = i == 0 ? warmup + 1 : perCohort;
            String cohort = id(call("POST", "/api/cohorts", admin, "{\"courseCode\":\""
                    + option("course", "PX-DATA-REPORTING") + "\",\"code\":\"BENCH-" + String.format("%03d", i)
                    + "\",\"startDate\":\"" + today + "\",\"endDate\":\"" + today.plusDays(30) + "\",\"capacity\":"
                    + capacity + ",\"mode\":\"ON_SITE\",\"instructorIds\":[]}", 201));
            // Live: started five minutes ago (check-in opens 30 min before), ends in four hours.
            String session = id(call("POST", "/api/cohorts/" + cohort + "/sessions", admin, json(
                    "startsAt", now.minusMinutes(5).toString(), "endsAt", now.plusHours(4).toString(),
                    "kind", "PRACTICUM", "location", "벤치 실습실 " + i), 201));
            out.append("cohort.").append(i).append('=').append(cohort).append(' ').append(session).append('\n');
            if (i == 0) {
                // More live sessions in the warm-up cohort: each warm-up round checks in to a fresh one, so the
                // warm-up exercises the inserting path as often as the idempotent one.
                List<String> extra = new ArrayList<>();
                for (int w = 1; w < warmupSessions; w++) {
                    extra.add(id(call("POST", "/api/cohorts/" + cohort + "/sessions", admin, json(
                            "startsAt", now.minusMinutes(5).toString(), "endsAt", now.plusHours(4).toString(),
                            "kind", "PRACTICUM", "location", "벤치 예열실 " + w), 201)));
                }
                out.append("warmup=").append(session);
                extra.forEach(e -> out.append(',').append(e));
                out.append('\n');
            }
        }
        call("POST", "/api/cohorts/" + firstCohort(out) + "/enrollments", admin, json("userId", template), -1);
        Files.writeString(Path.of(option("out", "seed.properties")), out.toString());
        System.out.printf("seeded: company, template learner, %d cohorts with one live session each (+1 warm-up)%n",
                sessions);
        return 0;
    }

    private static String firstCohort(StringBuilder out) {
        Matcher m = Pattern.compile("cohort\\.0=(\\S+)").matcher(out);
        m.find();
        return m.group(1);
    }

    // ----------------------------------------------------------------- storm

    record Learner(String userId, String sessionId, boolean warm, String centerId, String companyId, String email,
            String name) {
    }

    /** One learner's request: latency, final status, error or null, and how many attempts it took. */
    record Outcome(long nanos, int status, String error, int attempts) {
        Outcome(long nanos, int status, String error) {
            this(nanos, status, error, 1);
        }
    }

    /** Retry settings and what the retries met: failed attempts by status (0: no answer, e.g. refused). */
    record Retry(int retries, long backoffMillis, Map<Integer, Integer> causes) {
        static final Retry NONE = new Retry(0, 0, new ConcurrentSkipListMap<>());
    }

    /** A command run once, when {@code fraction} of a batch has been answered. */
    record MidBatch(double fraction, String command) {
    }

    List<Learner> learners() throws IOException {
        List<Learner> learners = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(option("learners", null)))) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            learners.add(new Learner(f[0], f[1], f[2].equals("t") || f[2].equals("true"), f[3], f[4], f[5], f[6]));
        }
        return learners;
    }

    int storm(int concurrency) throws Exception {
        List<Learner> learners = learners();
        List<Learner> warm = learners.stream().filter(Learner::warm).toList();
        List<Learner> storm = learners.stream().filter(l -> !l.warm()).toList();
        double duplicates = Double.parseDouble(option("duplicates", "0"));
        int warmupRounds = Integer.parseInt(option("warmupRounds", "3"));
        int retries = Integer.parseInt(option("retries", "0"));
        Retry retry = retries <= 0 ? Retry.NONE
                : new Retry(retries, Long.parseLong(option("retryBackoffMillis", "100")), new ConcurrentSkipListMap<>());
        String midStormCommand = options.get("midStormCommand");
        MidBatch midStorm = midStormCommand == null || midStormCommand.isBlank() ? null
                : new MidBatch(Double.parseDouble(option("midStormAt", "0.4")), midStormCommand);

        String admin = login(option("adminEmail", null), option("adminPassword", null));
        String kid = match(KID, call("GET", "/.well-known/jwks.json", null, null, 200));
        PrivateKey key = privateKey(Path.of(option("privateKey", null)));
        Map<String, String> tokens = new HashMap<>();
        long signStart = System.nanoTime();
        for (Learner l : learners) {
            tokens.put(l.userId(), sign(key, kid, l));
        }
        System.out.printf("signed %d learner tokens in %d ms (RS256, the claims TokenService issues)%n",
                learners.size(), (System.nanoTime() - signStart) / 1_000_000);

        // The live codes: the instructor's projector, refreshed every 10 s (a code is valid for 30-60 s).
        List<String> warmupSessions = new ArrayList<>(Arrays.asList(option("warmupSessions", "").split(",")));
        warmupSessions.removeIf(String::isBlank);
        if (warmupSessions.isEmpty()) {
            warm.stream().map(Learner::sessionId).distinct().forEach(warmupSessions::add);
        }
        List<String> stormSessions = storm.stream().map(Learner::sessionId).distinct().toList();
        Map<String, String> codes = new ConcurrentHashMap<>();
        refreshCodes(admin, warmupSessions, codes);
        refreshCodes(admin, stormSessions, codes);
        List<String> projected = new java.util.concurrent.CopyOnWriteArrayList<>(warmupSessions);
        projected.addAll(stormSessions);
        ScheduledExecutorService projector = Executors.newSingleThreadScheduledExecutor(daemon("projector"));
        projector.scheduleWithFixedDelay(() -> {
            try {
                refreshCodes(admin, projected, codes);
            } catch (Exception e) {
                System.err.println("code refresh failed: " + e);
            }
        }, 10, 10, TimeUnit.SECONDS);

        // Warm-up (JIT, connection pools): the warm-up learners check in round after round, each round to the
        // next warm-up session (fresh inserts; idempotent repeats once every session was used), for at least
        // warmupRounds rounds and warmupSeconds seconds.
        int warmupSeconds = Integer.parseInt(option("warmupSeconds", "60"));
        long warmStart = System.nanoTime();
        for (int round = 1; round <= 1000 && !warm.isEmpty(); round++) {
            String session = warmupSessions.get((round - 1) % warmupSessions.size());
            List<Learner> batch = warm.stream().map(l -> new Learner(l.userId(), session, true, l.centerId(),
                    l.companyId(), l.email(), l.name())).toList();
            refreshCodes(admin, List.of(session), codes);
            long t0 = System.nanoTime();
            List<Outcome> results = fire(batch, tokens, codes, concurrency, retry, null);
            Stats s = Stats.of(results, System.nanoTime() - t0);
            results.stream().filter(o -> o.error() != null).limit(1)
                    .forEach(o -> System.out.println("warm-up error: " + o.status() + " " + o.error()));
            double elapsed = (System.nanoTime() - warmStart) / 1e9;
            System.out.printf(Locale.ROOT, "warm-up round %d (%.0f s): %s%n", round, elapsed, s.line());
            if (round >= warmupRounds && elapsed >= warmupSeconds) {
                break;
            }
        }
        projected.removeAll(warmupSessions);
        Thread.sleep(Long.parseLong(option("pauseMillis", "2000")));

        // The storm: every learner once (plus a share of immediate retries), shuffled, all at once.
        List<Learner> requests = new ArrayList<>(storm);
        Random random = new Random(42);
        for (Learner l : storm) {
            if (random.nextDouble() < duplicates) {
                requests.add(l);
            }
        }
        Collections.shuffle(requests, random);
        refreshCodes(admin, stormSessions, codes);
        retry.causes().clear();
        CpuUse cpuBefore = CpuUse.now(Long.parseLong(option("appPid", "-1")));
        long start = System.nanoTime();
        List<Outcome> outcomes = fire(requests, tokens, codes, concurrency, retry, midStorm);
        long elapsed = System.nanoTime() - start;
        CpuUse cpu = CpuUse.now(cpuBefore.appPid()).minus(cpuBefore);
        projector.shutdownNow();
        Stats s = Stats.of(outcomes, elapsed);
        System.out.printf("storm: %d learners, %d sessions, %d requests (%d retries), concurrency %d%n",
                storm.size(), storm.stream().map(Learner::sessionId).distinct().count(), requests.size(),
                requests.size() - storm.size(), concurrency);
        System.out.println("storm: " + s.line());
        if (!s.statuses.isEmpty()) {
            System.out.println("storm: statuses " + s.statuses);
        }
        outcomes.stream().filter(o -> o.error() != null).limit(5)
                .forEach(o -> System.out.println("storm error: " + o.status() + " " + o.error()));
        String retried = "";
        if (retry.retries() > 0) {
            int attempts = outcomes.stream().mapToInt(o -> o.attempts() - 1).sum();
            System.out.printf("storm: %d requests needed a retry (%d retries in all); failed attempts by status "
                    + "(0 = no answer) %s%n", s.retried, attempts, retry.causes());
            retried = String.format(Locale.ROOT, " retried=%d retryAttempts=%d retryCauses=%s", s.retried, attempts,
                    retry.causes().toString().replace(" ", ""));
        }
        String cpuPerCheckIn = "";
        if (cpu.app() >= 0) {
            double n = requests.size();
            System.out.printf(Locale.ROOT, "storm: CPU per check-in: the app %.3f ms, this load generator %.3f ms, the rest "
                    + "of the machine (PostgreSQL, ...) %.3f ms; the machine was %.0f %% busy%n", cpu.app() / n,
                    cpu.generator() / n, cpu.rest() / n, 100.0 * cpu.machineBusy() / (cpu.machineTotal() == 0 ? 1 : cpu.machineTotal()));
            cpuPerCheckIn = String.format(Locale.ROOT, " appCpuMs=%.3f generatorCpuMs=%.3f restCpuMs=%.3f", cpu.app() / n,
                    cpu.generator() / n, cpu.rest() / n);
        }
        System.out.printf(Locale.ROOT,
                "RESULT requests=%d learners=%d errors=%d seconds=%.3f rps=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f%s%s%n",
                s.count, storm.size(), s.errors, elapsed / 1e9, s.rps, s.p50, s.p90, s.p99, s.max, retried, cpuPerCheckIn);
        return 0;
    }

    private List<Outcome> fire(List<Learner> requests, Map<String, String> tokens, Map<String, String> codes,
            int concurrency, Retry retry, MidBatch midBatch) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        Outcome[] outcomes = new Outcome[requests.size()];
        List<CompletableFuture<Void>> all = new ArrayList<>(requests.size());
        AtomicInteger answered = new AtomicInteger();
        int midPoint = midBatch == null ? -1 : Math.max(1, (int) Math.ceil(midBatch.fraction() * requests.size()));
        long batchStart = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            Learner l = requests.get(i);
            int index = i;
            inFlight.acquire();
            String body = "{\"code\":\"" + codes.get(l.sessionId()) + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + l.sessionId()
                    + "/check-in")).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.get(l.userId()))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            all.add(send(request, retry, 1).handle((attempt, unexpected) -> {
                long nanos = System.nanoTime() - t0;
                inFlight.release();
                HttpResponse<String> response = attempt == null ? null : attempt.response();
                Throwable failure = attempt == null ? unexpected : attempt.failure();
                int number = attempt == null ? 1 : attempt.number();
                if (failure != null) {
                    outcomes[index] = new Outcome(nanos, 0, failure.toString(), number);
                } else if (response.statusCode() != 200) {
                    outcomes[index] = new Outcome(nanos, response.statusCode(), abbreviate(response.body()),
                            number);
                } else if (!response.body().contains(l.userId()) || !response.body().contains(l.sessionId())) {
                    outcomes[index] = new Outcome(nanos, 200, "not this learner's record: "
                            + abbreviate(response.body()), number);
                } else {
                    outcomes[index] = new Outcome(nanos, 200, null, number);
                }
                if (answered.incrementAndGet() == midPoint) {
                    runMidBatch(midBatch, midPoint, requests.size(), batchStart);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        return Arrays.asList(outcomes);
    }

    /** The last attempt of one request: its response or failure, and its number (1 = no retry). */
    record Attempt(HttpResponse<String> response, Throwable failure, int number) {
    }

    /** Sends the request; on no answer or 502/503/504 sends it again, up to retry.retries() more times. */
    private CompletableFuture<Attempt> send(HttpRequest request, Retry retry, int number) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            int status = failure != null ? 0 : response.statusCode();
            boolean retryable = status == 0 || status == 502 || status == 503 || status == 504;
            if (!retryable || number > retry.retries()) {
                return CompletableFuture.completedFuture(new Attempt(response, failure, number));
            }
            retry.causes().merge(status, 1, Integer::sum);
            java.util.concurrent.Executor later = CompletableFuture.delayedExecutor(
                    retry.backoffMillis() * number, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> number + 1, later)
                    .thenCompose(next -> send(request, retry, next));
        }).thenCompose(next -> next);
    }

    /** Runs the mid-batch command on its own thread (the HTTP client's threads carry on). */
    private static void runMidBatch(MidBatch midBatch, int answered, int total, long batchStart) {
        Thread thread = new Thread(() -> {
            try {
                long at = (System.nanoTime() - batchStart) / 1_000_000;
                long epochMillis = System.currentTimeMillis();
                Process process = new ProcessBuilder("sh", "-c", midBatch.command()).inheritIO().start();
                int status = process.waitFor();
                System.out.printf("mid-storm: after %d of %d requests answered (%d ms into the storm, epoch ms %d) "
                        + "ran: %s -> exit %d%n", answered, total, at, epochMillis, midBatch.command(),
                        status);
            } catch (Exception e) {
                System.err.println("mid-storm command failed: " + e);
            }
        }, "mid-storm");
        thread.setDaemon(true);
        thread.start();
    }

    static final class Stats {
        int count;
        int errors;
        int retried;
        double rps;
        double p50;
        double p90;
        double p99;
        double max;
        Map<Integer, Integer> statuses = new TreeMap<>();

        static Stats of(List<Outcome> outcomes, long elapsedNanos) {
            Stats s = new Stats();
            long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
            s.count = nanos.length;
            for (Outcome o : outcomes) {
                if (o.error() != null) {
                    s.errors++;
                    s.statuses.merge(o.status(), 1, Integer::sum);
                }
                if (o.attempts() > 1) {
                    s.retried++;
                }
            }
            s.p50 = percentile(nanos, 50);
            s.p90 = percentile(nanos, 90);
            s.p99 = percentile(nanos, 99);
            s.max = nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
            s.rps = elapsedNanos == 0 ? 0 : s.count / (elapsedNanos / 1e9);
            return s;
        }

        /** Nearest-rank percentile, in milliseconds. */
        static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%d requests, %d errors%s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms%s", count, errors, rps > 0 ? String.format(Locale.ROOT, ", %.0f req/s", rps) : "",
                    p50, p90, p99, max, retried > 0 ? ", " + retried + " retried" : "");
        }
    }

    /** Fetches the live codes of these sessions, all at once (one by one they lag behind a loaded app). */
    void refreshCodes(String admin, List<String> sessions, Map<String, String> codes) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (String session : sessions) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/sessions/" + session
                    + "/check-in-code")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + admin)
                    .GET().build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("check-in-code of " + session + ": " + response.statusCode());
                }
                codes.put(session, match(CODE, response.body()));
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }

    // ----------------------------------------------------------------- tokens

    /** The token TokenService.issue signs for a learner: iss, sub, upn, name, groups, centerId, companyId. */
    static String sign(PrivateKey key, String kid, Learner l) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"kid\":\"" + kid + "\",\"typ\":\"JWT\",\"alg\":\"RS256\"}";
        String claims = "{\"iss\":\"axcampus\",\"sub\":\"" + l.userId() + "\",\"upn\":\"" + l.email()
                + "\",\"name\":\"" + l.name() + "\",\"groups\":[\"LEARNER\"],\"centerId\":\"" + l.centerId() + "\""
                + (l.companyId().isEmpty() ? "" : ",\"companyId\":\"" + l.companyId() + "\"")
                + ",\"iat\":" + now + ",\"exp\":" + (now + 8 * 3600) + ",\"jti\":\"" + java.util.UUID.randomUUID()
                + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String text = Files.readString(pem);
        if (!text.contains("BEGIN PRIVATE KEY")) {
            throw new IllegalArgumentException(pem + " is not a PKCS#8 PEM private key");
        }
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    // ------------------------------------------------------------------- http

    String login(String email, String password) throws Exception {
        return match(TOKEN, call("POST", "/api/auth/login", null, json("email", email, "password", password), 200));
    }

    String call(String method, String path, String token, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
        if (!ok) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return response.body();
    }

    private static String json(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return out.append('}').toString();
    }

    private static String id(String body) {
        return match(ID, body);
    }

    static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + abbreviate(body));
        }
        return m.group(1);
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /**
     * CPU time in milliseconds from /proc (Linux, 100 clock ticks a second): the app's process (-1 when its
     * pid is not given), this load generator's, and the whole machine's busy and total time — so a run says
     * what each check-in cost each party on a machine they share.
     */
    record CpuUse(long appPid, long app, long generator, long machineBusy, long machineTotal) {
        private static final long MILLIS_PER_TICK = 10;

        static CpuUse now(long appPid) {
            long[] machine = machine();
            return new CpuUse(appPid, appPid > 0 ? process(appPid) : -1, process(ProcessHandle.current().pid()),
                    machine[0], machine[1]);
        }

        CpuUse minus(CpuUse before) {
            return new CpuUse(appPid, app < 0 ? -1 : app - before.app, generator - before.generator,
                    machineBusy - before.machineBusy, machineTotal - before.machineTotal);
        }

        long rest() {
            return machineBusy - Math.max(app, 0) - generator;
        }

        private static long process(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK; // utime, stime
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** Busy (all but idle and iowait) and total time of every core. */
        private static long[] machine() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                    total += Long.parseLong(cpu[i]);
                }
                long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                return new long[] {(total - idle) * MILLIS_PER_TICK, total * MILLIS_PER_TICK};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    String option(String name, String fallback) {
        String value = options.get(name);
        if (value == null && fallback == null) {
            throw new IllegalArgumentException("missing option " + name + "=...");
        }
        return value == null ? fallback : value;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ----------------------------------------------------------------- fault

    /**
     * {@code fault}: a steady stream of check-ins ({@code rate} new learners a second, at most {@code concurrency}
     * in flight, each learner once into their session) while {@code stopCommand} takes PostgreSQL down after
     * {@code faultAfterSeconds} and {@code startCommand} brings it back {@code downSeconds} later. A learner whose
     * check-in was not acknowledged tries again {@code retryMillis} later, as the learner's app does. Readiness is
     * polled every {@code healthMillis}. Writes the acknowledged check-ins ({@code acknowledged}, CSV user_id,
     * session_id) for the script to look for in the database, and prints what was answered while the database
     * was down, when readiness went DOWN and UP, and how long the app took to check people in again.
     */
    static final class Fault {
        /** One answered request: when it was sent and answered (epoch ms), its status and media type, and its problem type. */
        record Answer(long sent, long answered, int status, String contentType, String problemType) {
        }

        private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

        private final CheckInStorm bench;
        private final List<Answer> checkIns = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Answer> readiness = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
        private volatile long stopStarted = Long.MAX_VALUE;
        private volatile long stopped = Long.MAX_VALUE;
        private volatile long startBegan = Long.MAX_VALUE;
        private volatile long started = Long.MAX_VALUE;

        Fault(CheckInStorm bench) {
            this.bench = bench;
        }

        int run(int concurrency) throws Exception {
            List<Learner> learners = bench.learners().stream().filter(l -> !l.warm()).toList();
            int rate = Integer.parseInt(bench.option("rate", "100"));
            long faultAfter = Long.parseLong(bench.option("faultAfterSeconds", "15")) * 1000;
            long down = Long.parseLong(bench.option("downSeconds", "10")) * 1000;
            long settle = Long.parseLong(bench.option("settleSeconds", "20")) * 1000;
            long retryMillis = Long.parseLong(bench.option("retryMillis", "500"));
            long healthMillis = Long.parseLong(bench.option("healthMillis", "200"));
            String stopCommand = bench.option("stopCommand", null);
            String startCommand = bench.option("startCommand", null);

            String admin = bench.login(bench.option("adminEmail", null), bench.option("adminPassword", null));
            String kid = match(KID, bench.call("GET", "/.well-known/jwks.json", null, null, 200));
            PrivateKey key = privateKey(Path.of(bench.option("privateKey", null)));
            Map<String, String> tokens = new HashMap<>();
            for (Learner l : learners) {
                tokens.put(l.userId(), sign(key, kid, l));
            }
            List<String> sessions = learners.stream().map(Learner::sessionId).distinct().toList();
            Map<String, String> codes = new ConcurrentHashMap<>();
            bench.refreshCodes(admin, sessions, codes);
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(3, daemon("fault-timer"));
            // The projector: codes change every 10 s; while the database is down the old ones are shown (and
            // stay valid for 30-60 s, longer than the outage).
            timers.scheduleWithFixedDelay(() -> {
                try {
                    bench.refreshCodes(admin, sessions, codes);
                } catch (Exception e) {
                    // the database is down; the projector keeps the last codes
                }
            }, 5, 5, TimeUnit.SECONDS);
            timers.scheduleAtFixedRate(this::pollReadiness, 0, healthMillis, TimeUnit.MILLISECONDS);

            long begin = System.currentTimeMillis();
            Thread fault = new Thread(() -> {
                try {
                    Thread.sleep(faultAfter);
                    stopStarted = System.currentTimeMillis();
                    int stop = new ProcessBuilder("sh", "-c", stopCommand).inheritIO().start().waitFor();
                    stopped = System.currentTimeMillis();
                    System.out.printf("fault: PostgreSQL stopped at +%.1f s (exit %d)%n", (stopped - begin) / 1e3, stop);
                    Thread.sleep(down);
                    startBegan = System.currentTimeMillis();
                    int start = new ProcessBuilder("sh", "-c", startCommand).inheritIO().start().waitFor();
                    started = System.currentTimeMillis();
                    System.out.printf("fault: PostgreSQL accepting connections again at +%.1f s (exit %d)%n",
                            (started - begin) / 1e3, start);
                } catch (Exception e) {
                    System.err.println("fault command failed: " + e);
                }
            }, "fault");
            fault.start();

            // The stream: one new learner every 1/rate s, retries first when due; then the retries left.
            java.util.concurrent.DelayQueue<Due> retries = new java.util.concurrent.DelayQueue<>();
            Semaphore inFlight = new Semaphore(concurrency);
            long end = begin + faultAfter + down + settle;
            long tick = Math.max(1, 1_000_000 / rate);
            int next = 0;
            List<CompletableFuture<Boolean>> all = java.util.Collections.synchronizedList(new ArrayList<>());
            while (System.currentTimeMillis() < end || !retries.isEmpty() || inFlight.availablePermits() < concurrency) {
                Due due = retries.poll();
                Learner learner = due != null ? due.learner()
                        : System.currentTimeMillis() < end && next < learners.size() ? learners.get(next++) : null;
                if (learner == null) {
                    if (System.currentTimeMillis() > end + 60_000) {
                        break;
                    }
                    Thread.sleep(20);
                    continue;
                }
                inFlight.acquire();
                all.add(checkIn(learner, tokens.get(learner.userId()), codes).whenComplete((ok, failure) -> {
                    inFlight.release();
                    if (!Boolean.TRUE.equals(ok)) {
                        retries.add(new Due(learner, System.currentTimeMillis() + retryMillis));
                    }
                }));
                TimeUnit.MICROSECONDS.sleep(tick);
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            fault.join();
            timers.shutdownNow();
            Files.write(Path.of(bench.option("acknowledged", "acknowledged.csv")),
                    acknowledged.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()).toList());
            return report(begin, next, retries.size());
        }

        record Due(Learner learner, long at) implements java.util.concurrent.Delayed {
            public long getDelay(TimeUnit unit) {
                return unit.convert(at - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            }

            public int compareTo(java.util.concurrent.Delayed other) {
                return Long.compare(at, ((Due) other).at);
            }
        }

        /** One check-in; completes with true when it was acknowledged (200 with this learner's record). */
        private CompletableFuture<Boolean> checkIn(Learner l, String token, Map<String, String> codes) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bench.base + "/api/sessions/" + l.sessionId()
                    + "/check-in")).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + codes.get(l.sessionId()) + "\"}"))
                    .build();
            long sent = System.currentTimeMillis();
            return bench.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                long answered = System.currentTimeMillis();
                if (failure != null) {
                    checkIns.add(new Answer(sent, answered, 0, "", failure.getClass().getSimpleName()));
                    return false;
                }
                checkIns.add(answerOf(sent, answered, response));
                boolean ok = response.statusCode() == 200 && response.body().contains(l.userId())
                        && response.body().contains(l.sessionId());
                if (ok) {
                    acknowledged.put(l.userId(), l.sessionId());
                }
                return ok;
            });
        }

        private void pollReadiness() {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bench.base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            long sent = System.currentTimeMillis();
            try {
                HttpResponse<String> response = bench.http.send(request, HttpResponse.BodyHandlers.ofString());
                readiness.add(answerOf(sent, System.currentTimeMillis(), response));
            } catch (Exception e) {
                readiness.add(new Answer(sent, System.currentTimeMillis(), 0, "", e.getClass().getSimpleName()));
            }
        }

        private static Answer answerOf(long sent, long answered, HttpResponse<String> response) {
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            Matcher type = TYPE.matcher(response.body());
            return new Answer(sent, answered, response.statusCode(), contentType.replaceAll(";.*", ""),
                    response.statusCode() >= 400 && type.find() ? type.group(1) : "");
        }

        private int report(long begin, int learnersStarted, int retriesLeft) {
            List<Answer> answers = new ArrayList<>(checkIns);
            // While it was down: sent after the stop completed, answered before the start began.
            List<Answer> whileDown = answers.stream().filter(a -> a.sent() >= stopped && a.answered() < startBegan)
                    .toList();
            long[] downMillis = whileDown.stream().mapToLong(a -> (a.answered() - a.sent()) * 1_000_000).sorted()
                    .toArray();
            Map<String, Long> downAnswers = new TreeMap<>(whileDown.stream().collect(java.util.stream.Collectors
                    .groupingBy(a -> a.status() + " " + a.contentType() + " " + a.problemType(),
                            java.util.stream.Collectors.counting())));
            long downWrong = whileDown.stream().filter(a -> a.status() != 503
                    || !a.contentType().equals("application/problem+json")).count();
            List<Answer> polls = new ArrayList<>(readiness);
            List<Answer> pollsDown = polls.stream().filter(a -> a.sent() >= stopped && a.answered() < startBegan)
                    .toList();
            long readyWhileDown = pollsDown.stream().filter(a -> a.status() == 200).count();
            long firstNotReady = polls.stream().filter(a -> a.sent() >= stopStarted && a.status() != 200)
                    .mapToLong(Answer::answered).min().orElse(-1);
            long readyAgain = polls.stream().filter(a -> a.sent() >= started && a.status() == 200)
                    .mapToLong(Answer::answered).min().orElse(-1);
            long checkInAgain = answers.stream().filter(a -> a.sent() >= started && a.status() == 200)
                    .mapToLong(Answer::answered).min().orElse(-1);
            // After recovery: everything sent once readiness and check-ins had come back.
            long recovered = Math.max(readyAgain, checkInAgain);
            Map<Integer, Long> afterStatuses = new TreeMap<>(answers.stream()
                    .filter(a -> recovered > 0 && a.sent() >= recovered)
                    .collect(java.util.stream.Collectors.groupingBy(Answer::status, java.util.stream.Collectors.counting())));
            Map<Integer, Long> allStatuses = new TreeMap<>(answers.stream()
                    .collect(java.util.stream.Collectors.groupingBy(Answer::status, java.util.stream.Collectors.counting())));
            Map<Integer, Long> beforeStatuses = new TreeMap<>(answers.stream().filter(a -> a.answered() < stopStarted)
                    .collect(java.util.stream.Collectors.groupingBy(Answer::status, java.util.stream.Collectors.counting())));
            System.out.printf("fault: %d learners started, %d requests in all %s; %d acknowledged; %d retries left%n",
                    learnersStarted, answers.size(), allStatuses, acknowledged.size(), retriesLeft);
            System.out.printf("fault: before the stop %s%n", beforeStatuses);
            System.out.printf(Locale.ROOT, "fault: while down (%.1f s): %d check-ins answered %s, %d not 503 "
                    + "problem+json; answered in p50 %.0f ms, max %.0f ms%n", (startBegan - stopped) / 1e3,
                    whileDown.size(), downAnswers, downWrong, Stats.percentile(downMillis, 50),
                    Stats.percentile(downMillis, 100));
            System.out.printf("fault: readiness while down: %d polls, %d UP; first DOWN %.1f s after the stop began%n",
                    pollsDown.size(), readyWhileDown, firstNotReady < 0 ? -1 : (firstNotReady - stopStarted) / 1e3);
            System.out.printf("fault: after the start: readiness UP after %.1f s, first check-in acknowledged after %.1f s%n",
                    readyAgain < 0 ? -1 : (readyAgain - started) / 1e3, checkInAgain < 0 ? -1 : (checkInAgain - started) / 1e3);
            System.out.printf("fault: after recovery %s%n", afterStatuses);
            System.out.printf(Locale.ROOT, "RESULT learners=%d requests=%d acknowledged=%d retriesLeft=%d downSeconds=%.1f "
                    + "downAnswers=%d downWrong=%d readinessPollsDown=%d readinessUpWhileDown=%d readyAfter=%.1f "
                    + "checkInAfter=%.1f afterRecoveryErrors=%d%n", learnersStarted, answers.size(), acknowledged.size(),
                    retriesLeft, (startBegan - stopped) / 1e3, whileDown.size(), downWrong, pollsDown.size(), readyWhileDown,
                    readyAgain < 0 ? -1 : (readyAgain - started) / 1e3, checkInAgain < 0 ? -1 : (checkInAgain - started) / 1e3,
                    afterStatuses.entrySet().stream().filter(e -> e.getKey() != 200).mapToLong(Map.Entry::getValue).sum());
            return 0;
        }
    }
}
