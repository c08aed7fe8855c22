package kr.axcampus.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/**
 * The CSRF token a page hands a browser, with the nonce cookie it is bound to, fetched the way a
 * browser gets them: by opening a page with the session cookie (or none, for the sign-in form).
 */
public record PageToken(String nonce, String token) {
    private static final Pattern FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** For a signed-in session ({@code jwt} the session cookie's value), or anonymous when null. */
    public static PageToken of(String jwt) {
        var request = given().accept(ContentType.HTML).redirects().follow(false);
        if (jwt != null) {
            request.cookie("axc_token", jwt);
        }
        Response page = request.get(jwt == null ? "/login" : "/");
        if (page.statusCode() == 303) {
            // A session that is no longer valid is sent to sign in, its cookie cleared, as a browser's would be.
            page = given().accept(ContentType.HTML).redirects().follow(false).get("/login");
        }
        Matcher field = FIELD.matcher(page.asString());
        if (!field.find() || page.getCookie("axc_csrf") == null) {
            throw new IllegalStateException(
                    "the page handed out no CSRF token: " + page.statusCode() + " " + page.getHeader("Location"));
        }
        return new PageToken(page.getCookie("axc_csrf"), field.group(1));
    }
}
