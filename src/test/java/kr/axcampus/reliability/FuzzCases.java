package kr.axcampus.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

import kr.axcampus.access.AccessWorld;
import kr.axcampus.access.Actor;

/** Malformed requests for every operation of an OpenAPI document, and the judge of their answers. */
final class FuzzCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.[a-zA-Z]|Exception\\b");
    private static final List<String> BAD_IDS = List.of(
            UUID.randomUUID().toString(),
            "not-an-id",
            "%00",
            "%FF%FE",
            "x".repeat(300),
            "%27%20OR%201%3D1%20--",
            "..%2F..%2Fetc%2Fpasswd",
            "%F0%9F%98%80");
    private static final List<String> BAD_QUERY_VALUES =
            List.of("-1", "99999999999999999999", "%00", "abc", "%E2%80%AE");

    private final JsonNode openapi;
    private final Random random;
    private final Map<String, String> ids;

    FuzzCases(JsonNode openapi, Random random, Map<String, String> ids) {
        this.openapi = openapi;
        this.random = random;
        this.ids = ids;
    }

    /** Real ids for the paths' placeholders, by the collection they follow or their own name. */
    static Map<String, String> realIds(AccessWorld.World world) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("cohorts", world.cohort().id());
        ids.put("sessions", world.session().id());
        ids.put("companies", world.people().companyA().id());
        ids.put("users", world.id(Actor.LEARNER));
        ids.put("materials", world.material());
        ids.put("practice-logs", world.log());
        ids.put("correction-requests", world.correction());
        ids.put("submissions", world.submission());
        ids.put("userId", world.id(Actor.LEARNER));
        ids.put("code", AccessWorld.COURSE);
        ids.put("lessonCode", world.lesson());
        return ids;
    }

    List<FuzzCase> all() {
        List<FuzzCase> cases = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    cases.addAll(forOperation(method, path.getKey(), operation.getValue()));
                }
            }
        }
        return cases;
    }

    private List<FuzzCase> forOperation(String method, String template, JsonNode operation) {
        List<FuzzCase> cases = new ArrayList<>();
        String real = expand(template, null);
        JsonNode body = operation.path("requestBody").path("content");
        String mediaType = body.fieldNames().hasNext() ? body.fieldNames().next() : null;
        JsonNode schema =
                mediaType == null ? null : resolve(body.path(mediaType).path("schema"));
        byte[] skeleton = schema == null ? null : bytes(skeleton(schema));
        boolean json = mediaType != null && mediaType.contains("json");

        if (PLACEHOLDER.matcher(template).find()) {
            for (String bad : BAD_IDS) {
                cases.add(new FuzzCase(
                        method,
                        expand(template, bad),
                        Map.of(),
                        json ? "application/json" : null,
                        skeleton,
                        "id " + bad));
            }
        }
        if (method.equals("GET")) {
            for (JsonNode parameter : operation.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    for (String value : BAD_QUERY_VALUES) {
                        cases.add(new FuzzCase(
                                method,
                                real,
                                Map.of(parameter.path("name").asText(), value),
                                null,
                                null,
                                "query " + parameter.path("name").asText() + "=" + value));
                    }
                }
            }
        }
        if (schema == null) {
            return cases;
        }
        if (!json) {
            cases.addAll(brokenMultipart(method, real));
            return cases;
        }
        boolean required = operation.path("requestBody").path("required").asBoolean(false);
        for (Map.Entry<String, byte[]> broken : brokenBodies(schema, required).entrySet()) {
            cases.add(new FuzzCase(method, real, Map.of(), "application/json", broken.getValue(), broken.getKey()));
        }
        for (String type : List.of("text/plain", "application/xml", ";;;", "text/csv")) {
            cases.add(new FuzzCase(method, real, Map.of(), type, skeleton, "content type " + type));
        }
        return cases;
    }

    /** Generic malformed JSON and, per property, values of the wrong type or out of range. */
    private Map<String, byte[]> brokenBodies(JsonNode schema, boolean required) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", utf8("{\"a\":"));
        bodies.put("an array for an object", utf8("[]"));
        bodies.put("a bare string", utf8("\"text\""));
        if (required) {
            bodies.put("an empty body", new byte[0]);
        }
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        bodies.put("deep nesting", utf8("[".repeat(5000) + "]".repeat(5000)));
        bodies.put("a NUL outside strings", utf8("{\u0000}"));
        JsonNode properties = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        int taken = 0;
        while (fields.hasNext() && taken++ < 8) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode property = resolve(field.getValue());
            String type = property.path("type").asText("object");
            String format = property.path("format").asText("");
            bodies.put(name + " of the wrong type", with(schema, name, wrongTypeFor(type)));
            if (bodies.size() % 2 == 0) {
                bodies.put(
                        "duplicate key " + name,
                        utf8("{\"" + name + "\":" + valueFor(property) + ",\"" + name + "\":" + valueFor(property)
                                + "}"));
            }
            if (type.equals("string")) {
                if (!bodies.containsKey("a megabyte of text")) {
                    bodies.put("a megabyte of text", with(schema, name, "\"" + "가".repeat(400_000) + "\""));
                }
                bodies.put(name + " with a NUL", with(schema, name, "\"a\\u0000b\""));
                bodies.put(name + " of 100,000 characters", with(schema, name, "\"" + "x".repeat(100_000) + "\""));
                if (format.equals("date") || format.equals("date-time")) {
                    String outOfRange = format.equals("date") ? "\"+99999-01-01\"" : "\"+99999-01-01T00:00:00Z\"";
                    bodies.put(name + " out of the calendar", with(schema, name, outOfRange));
                }
                if (property.has("enum")) {
                    bodies.put(name + " not one of its values", with(schema, name, "\"" + randomText() + "\""));
                }
            }
            if (type.equals("integer") || type.equals("number")) {
                bodies.put(name + " beyond any number", with(schema, name, "1e400"));
                bodies.put(name + " below any long", with(schema, name, "-9223372036854775809"));
            }
        }
        return bodies;
    }

    /** Multipart bodies a browser could never send: no boundary, a wrong one, cut short. */
    private List<FuzzCase> brokenMultipart(String method, String path) {
        String part = "--b\r\nContent-Disposition: form-data; name=\"scope\"\r\n\r\nCOHORT\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + "가".repeat(400)
                + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7";
        return List.of(
                new FuzzCase(method, path, Map.of(), "multipart/form-data", utf8(part), "multipart without boundary"),
                new FuzzCase(method, path, Map.of(), "multipart/form-data; boundary=zzz", utf8(part), "wrong boundary"),
                new FuzzCase(
                        method,
                        path,
                        Map.of(),
                        "multipart/form-data; boundary=b",
                        utf8(part),
                        "cut short, a 1,200-byte file name"),
                new FuzzCase(method, path, Map.of(), "application/json", utf8("{}"), "JSON for a multipart upload"));
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append((char) (0x20 + random.nextInt(0x2000)));
        }
        return text.toString().replace("\\", "").replace("\"", "");
    }

    private static String wrongTypeFor(String type) {
        return switch (type) {
            case "string" -> "{\"nested\":[1,2]}";
            case "integer", "number" -> "\"twelve\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "{\"a\":1}";
            default -> "[1,\"two\"]";
        };
    }

    private byte[] with(JsonNode schema, String name, String rawValue) {
        ObjectNode body = skeleton(schema);
        body.remove(name);
        String text = body.toString();
        String prefix = text.length() > 2 ? text.substring(0, text.length() - 1) + "," : "{";
        return utf8(prefix + "\"" + name + "\":" + rawValue + "}");
    }

    /** A body of the schema's shape with plausible values: the base the mutations change one thing in. */
    private ObjectNode skeleton(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            try {
                body.set(field.getKey(), JSON.readTree(valueFor(resolve(field.getValue()))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return body;
    }

    private String valueFor(JsonNode property) {
        if (property.has("enum")) {
            return "\"" + property.path("enum").get(0).asText() + "\"";
        }
        return switch (property.path("type").asText("object")) {
            case "string" ->
                switch (property.path("format").asText("")) {
                    case "date" -> "\"2026-03-02\"";
                    case "date-time" -> "\"2026-03-02T09:00:00+09:00\"";
                    case "uuid" -> "\"" + UUID.randomUUID() + "\"";
                    default -> "\"x\"";
                };
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            default -> "{}";
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null) {
            return schema;
        }
        return openapi.at(ref.substring(1));
    }

    /** The path with real ids, or with {@code bad} in place of its first placeholder. */
    private String expand(String template, String bad) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (matcher.find()) {
            String name = matcher.group(1);
            String before = template.substring(0, matcher.start());
            String collection = before.replaceAll(".*/([^/]+)/$", "$1");
            String value = bad != null && first ? bad : ids.getOrDefault(name, ids.getOrDefault(collection, "x"));
            first = false;
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static byte[] bytes(JsonNode node) {
        return utf8(node.toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Null when the answer is what malformed input deserves, else what is wrong with it. */
    static String judge(FuzzCase fuzz, Response answer) {
        int status = answer.statusCode();
        String body = answer.asString();
        if (status >= 500) {
            return status + " " + brief(body);
        }
        if (!fuzz.method().equals("GET") && status < 300) {
            return "accepted (" + status + ") " + brief(body);
        }
        if (status >= 400) {
            String type = answer.getContentType() == null ? "" : answer.getContentType();
            if (!type.startsWith("application/problem+json")) {
                return status + " as " + type + ": " + brief(body);
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (!problem.path("type").asText("").startsWith("/problems/")) {
                    return status + " without a problem type: " + brief(body);
                }
            } catch (Exception e) {
                return status + " with an unreadable problem: " + brief(body);
            }
            if (CLASS_NAME.matcher(body).find()) {
                return status + " naming a class: " + brief(body);
            }
        }
        return null;
    }

    private static String brief(String body) {
        return body.length() > 240 ? body.substring(0, 240) + "…" : body;
    }
}
