package kr.axcampus.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import kr.axcampus.access.AccessTable.Row;
import kr.axcampus.access.AccessWorld.World;
import kr.axcampus.testing.PageToken;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The authorisation matrix: every row of docs/access.md, for every actor, against the running
 * application with real objects. Changes run in a fresh world each, so what one actor does never
 * decides what the next one is answered. A JAX-RS endpoint or page without a row fails too.
 */
@QuarkusTest
class AccessMatrixTest {
    @Inject
    AccessWorld worlds;

    private final Map<Actor, PageToken> tokens = new EnumMap<>(Actor.class);

    static Stream<String> actions() {
        return AccessTable.rows().stream().map(Row::action);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void everyActorGetsTheAnswerTheTableGives(String action) {
        Row row = AccessTable.rows().stream()
                .filter(r -> r.action().equals(action))
                .findFirst()
                .orElseThrow();
        AccessRecipes.Recipe recipe = AccessRecipes.of(action);
        assertNotNull(recipe, "AccessRecipes has no request for " + action);
        World shared = worlds.build(recipe.options());
        List<String> wrong = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            String cell = row.cells().get(actor);
            boolean changes = cell.equals("change");
            World world = changes ? worlds.build(recipe.options()) : shared;
            if (changes && recipe.prepare() != null) {
                recipe.prepare().accept(new AccessRecipes.Call(worlds, world, actor));
            }
            AccessRecipes.Call call = new AccessRecipes.Call(worlds, world, actor);
            String path = AccessRecipes.expand(row.path(), recipe, call);
            Response answer = send(row, recipe, call, path);
            String problem = new AccessCells(this::fetch).check(cell, answer, world, actor, recipe, path);
            if (problem != null) {
                wrong.add(actor.column + " (" + cell + "): " + problem);
            }
        }
        assertEquals(List.of(), wrong, action);
    }

    @Test
    void everyEndpointAndPageHasItsRow() {
        Set<String> inTable = AccessTable.rows().stream()
                .map(r -> r.method() + " " + normalized(r.path()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> served = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.axcampus")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = type.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb != null) {
                    String sub = method.isAnnotatedWith(Path.class)
                            ? method.getAnnotationOfType(Path.class).value()
                            : "";
                    served.add(verb + " " + normalized(join(base, sub)));
                }
            }
        }
        // The streamed upload is a Vert.x route (material.UploadRoute), not a JAX-RS method.
        served.add("POST /api/materials");
        assertEquals(served, inTable, "docs/access.md must have exactly one row per endpoint and page");
    }

    private Response send(Row row, AccessRecipes.Recipe recipe, AccessRecipes.Call call, String path) {
        Actor actor = recipe.isSessionless() ? Actor.ANONYMOUS : call.actor();
        String token = worlds.token(actor);
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(false);
        boolean page = isPage(row.path());
        if (page) {
            request.accept(ContentType.HTML);
            if (token != null) {
                request.cookie("axc_token", token);
            }
        } else if (token != null) {
            request.auth().oauth2(token);
        }
        if (recipe.query() != null) {
            recipe.query().apply(call).forEach(request::queryParam);
        }
        if (recipe.json() != null) {
            request.contentType(ContentType.JSON).body(recipe.json().apply(call));
        } else if (recipe.multipart() != null) {
            recipe.multipart().apply(call).forEach(request::multiPart);
            request.multiPart("file", "guide.pdf", "%PDF-1.7\n%matrix\n".getBytes(), "application/pdf");
        } else if (recipe.pageMultipart() != null) {
            PageToken csrf = csrf(actor);
            request.cookie("axc_csrf", csrf.nonce()).multiPart("csrf-token", csrf.token());
            recipe.pageMultipart().apply(call).forEach(request::multiPart);
            request.multiPart("evidence", "evidence.pdf", "%PDF-1.7\n%matrix\n".getBytes(), "application/pdf");
        } else if (recipe.csv() != null) {
            request.contentType("text/csv").body(recipe.csv().apply(call));
        } else if (recipe.upload() != null) {
            PageToken csrf = csrf(actor);
            request.cookie("axc_csrf", csrf.nonce())
                    .multiPart("csrf-token", csrf.token())
                    .multiPart("file", "people.csv", recipe.upload().apply(call).getBytes(StandardCharsets.UTF_8));
        } else if (!page && !row.method().equals("GET")) {
            // An API client without a body still says it speaks JSON (a form post would need a CSRF token).
            request.contentType(ContentType.JSON);
        } else if (page && !row.method().equals("GET")) {
            PageToken csrf = csrf(actor);
            Map<String, String> form = new LinkedHashMap<>();
            if (recipe.form() != null) {
                form.putAll(recipe.form().apply(call));
            }
            form.put("csrf-token", csrf.token());
            request.cookie("axc_csrf", csrf.nonce()).contentType(ContentType.URLENC);
            form.forEach((name, value) -> request.formParam(name, encoded(value)));
        }
        return request.request(row.method(), path);
    }

    /** Another page of an API list, as the actor. */
    Response fetch(String path, Actor actor, Map<String, ?> query) {
        RequestSpecification request = given().redirects().follow(false);
        String token = worlds.token(actor);
        if (token != null) {
            request.auth().oauth2(token);
        }
        query.forEach(request::queryParam);
        return request.get(path);
    }

    /** The CSRF pair a page hands this actor (bound to their session), as their browser would hold it. */
    private synchronized PageToken csrf(Actor actor) {
        return tokens.computeIfAbsent(actor, a -> PageToken.of(worlds.token(a)));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api") && !path.startsWith("/.well-known") && !path.startsWith("/files");
    }

    private static String verbOf(JavaMethod method) {
        if (method.isAnnotatedWith(GET.class)) {
            return "GET";
        }
        if (method.isAnnotatedWith(POST.class)) {
            return "POST";
        }
        if (method.isAnnotatedWith(PUT.class)) {
            return "PUT";
        }
        return method.isAnnotatedWith(DELETE.class) ? "DELETE" : null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Placeholders named alike: {@code /api/cohorts/{id}} and {@code /api/cohorts/{cohort}} are one path. */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    static JsonPath json(Response answer) {
        return new JsonPath(answer.asString());
    }
}
