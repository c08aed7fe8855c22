package kr.axcampus.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import kr.axcampus.access.AccessWorld;
import kr.axcampus.access.Actor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schema-driven fuzzer (issue 12): every operation of {@code /q/openapi}, with real ids where the
 * path names one, receives malformed input — wrong types, huge and deeply nested JSON, NUL and
 * invalid UTF-8, numbers and dates out of range, unknown enums, duplicate keys, wrong and broken
 * content types, bad ids and query values — as the operator, so refusals come from the checks and
 * not from a missing right. Every answer must be below 500; every API error problem+json with a
 * stable type and no class name; and nothing is written: the rows of every table are the same
 * after the run as before. {@code -Dfuzz.requests=20000 -Dfuzz.seed=7} runs longer
 * ({@code bench/fuzz.sh}, figures in docs/reliability.md).
 */
@QuarkusTest
class FuzzTest {
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    /** Tables a refused request may still write: counts of refused guesses, and job leases. */
    private static final List<String> COUNTERS = List.of("failure_throttle", "job_lease", "flyway_schema_history");

    @Inject
    AccessWorld worlds;

    @Inject
    EntityManager em;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void malformedInputIsRefusedWithANamedProblemAndWritesNothing() throws Exception {
        AccessWorld.World world = worlds.build(AccessWorld.Options.FULL);
        String token = worlds.token(Actor.OPERATOR);
        JsonNode openapi = json.readTree(
                given().queryParam("format", "json").get("/q/openapi").asString());
        List<FuzzCase> cases = new FuzzCases(openapi, new Random(SEED), FuzzCases.realIds(world)).all();
        assertTrue(cases.size() > 100, "the OpenAPI document lists the operations: " + cases.size());

        Map<String, Long> before = rowCounts();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        for (int round = 0; sent < REQUESTS; round++) {
            List<FuzzCase> roundCases =
                    round == 0 ? cases : new FuzzCases(openapi, random, FuzzCases.realIds(world)).all();
            for (FuzzCase fuzz : roundCases) {
                Response answer = fuzz.send(token);
                sent++;
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String problem = FuzzCases.judge(fuzz, answer);
                if (problem != null && failures.size() < 50) {
                    failures.add(fuzz + " → " + problem);
                }
            }
        }
        Map<String, Long> after = rowCounts();
        System.out.printf("fuzz: %d requests, seed %d, statuses %s%n", sent, SEED, statuses);
        assertEquals(List.of(), failures, sent + " requests; statuses " + statuses);
        assertEquals(before, after, "a refused request wrote rows");
        assertTrue(sent >= REQUESTS, "sent " + sent);
    }

    /** Rows of every table of the schema, but the counters a refusal may legitimately write. */
    private Map<String, Long> rowCounts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
                    .getResultList();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                if (!COUNTERS.contains(table)) {
                    counts.put(
                            table,
                            ((Number) em.createNativeQuery("SELECT count(*) FROM " + table)
                                            .getSingleResult())
                                    .longValue());
                }
            }
            return counts;
        });
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
