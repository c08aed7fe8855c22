package kr.axcampus.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import kr.axcampus.access.AccessWorld.World;

/** What each cell of docs/access.md promises, checked against one answer; null when it holds. */
final class AccessCells {
    /** Fetches another page of a list as an actor (a listed object may be past the first page). */
    interface Fetch {
        Response get(String path, Actor actor, Map<String, ?> query);
    }

    private static final Set<Integer> API_CHANGE = Set.of(200, 201, 204);

    private final Fetch fetch;

    AccessCells(Fetch fetch) {
        this.fetch = fetch;
    }

    /** {@code path}: the request's path, the table's placeholders filled in. */
    String check(String cell, Response answer, World world, Actor actor, AccessRecipes.Recipe recipe, String path) {
        int status = answer.statusCode();
        String location = answer.getHeader("Location");
        return switch (cell) {
            case "read" -> expect(answer, recipe.readStatus() == null ? 200 : recipe.readStatus());
            case "change" -> changed(answer, recipe, AccessMatrixTest.isPage(path));
            case "public" -> status < 400 ? null : "answered " + status + " " + brief(answer);
            case "signed link" -> expect(answer, 403);
            case "secret link" -> refused(answer, 404);
            case "sign-in" ->
                status == 303 && location != null && location.contains("/login?")
                        ? null
                        : "answered " + status + " to " + location;
            case "my page" ->
                status == 303
                                && location != null
                                && location.endsWith(
                                        "/cohorts/" + world.cohort().id() + "/me")
                        ? null
                        : "answered " + status + " to " + location;
            case "all" ->
                people(
                        answer,
                        recipe,
                        ids -> ids.contains(world.id(Actor.LEARNER)) && ids.contains(world.id(Actor.PEER)));
            case "own" -> people(answer, recipe, ids -> ids.stream().allMatch(world.id(actor)::equals));
            case "employees" ->
                people(
                        answer,
                        recipe,
                        ids -> ids.contains(world.id(Actor.LEARNER)) && !ids.contains(world.id(Actor.PEER)));
            case "listed", "unlisted" -> listed(answer, world, actor, recipe, path, cell.equals("listed"));
            case "401", "403", "404" -> refused(answer, Integer.parseInt(cell));
            default -> "docs/access.md has a cell the test does not know: " + cell;
        };
    }

    private static String expect(Response answer, int status) {
        return answer.statusCode() == status ? null : "answered " + answer.statusCode() + " " + brief(answer);
    }

    /** A page form answers POST → redirect → GET; the API answers 2xx. */
    private static String changed(Response answer, AccessRecipes.Recipe recipe, boolean fromPage) {
        int status = answer.statusCode();
        boolean ok = recipe.changeStatus() != null
                ? status == recipe.changeStatus()
                : fromPage ? status == 303 : API_CHANGE.contains(status);
        return ok ? null : "answered " + status + " " + brief(answer);
    }

    /** A refusal: the status, and from the API a problem document (never a page or a stack trace). */
    private static String refused(Response answer, int status) {
        if (answer.statusCode() != status) {
            return "answered " + answer.statusCode() + " " + brief(answer);
        }
        String type = answer.getContentType() == null ? "" : answer.getContentType();
        boolean problem = type.startsWith("application/problem+json");
        return problem || type.startsWith("text/html") ? null : "answered " + status + " as " + type;
    }

    private interface IdsCheck {
        boolean holds(List<String> ids);
    }

    private static String people(Response answer, AccessRecipes.Recipe recipe, IdsCheck check) {
        if (answer.statusCode() != 200) {
            return "answered " + answer.statusCode() + " " + brief(answer);
        }
        List<String> ids = new JsonPath(answer.asString()).getList(recipe.userIdsPath(), String.class);
        return check.holds(ids) ? null : "saw the records of " + ids;
    }

    private String listed(
            Response answer, World world, Actor actor, AccessRecipes.Recipe recipe, String path, boolean wanted) {
        if (answer.statusCode() != 200) {
            return "answered " + answer.statusCode() + " " + brief(answer);
        }
        String id = recipe.listed().apply(world);
        boolean paged = recipe.listPath().startsWith("items.");
        Response current = answer;
        for (int page = 1; ; page++) {
            List<String> ids = new JsonPath(current.asString()).getList(recipe.listPath(), String.class);
            if (ids.contains(id)) {
                return wanted ? null : "the list shows " + id;
            }
            if (!paged || ids.isEmpty()) {
                return wanted ? "the list lacks " + id : null;
            }
            current = fetch.get(path, actor, Map.of("page", page));
        }
    }

    private static String brief(Response answer) {
        String body = answer.asString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
