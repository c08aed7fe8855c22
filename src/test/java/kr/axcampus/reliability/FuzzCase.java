package kr.axcampus.reliability;

import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** One malformed request: its method, path (ids filled in or broken), query, content type and raw body. */
record FuzzCase(String method, String path, Map<String, String> query, String contentType, byte[] body, String what) {

    /** Sent as the operator's API client would, raw: nothing re-encoded or re-serialised on the way. */
    Response send(String token) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .redirects()
                .follow(false)
                .header("Accept", "application/json")
                .auth()
                .oauth2(token);
        query.forEach(request::queryParam);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + what + "]";
    }
}
