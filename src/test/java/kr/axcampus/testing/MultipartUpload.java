package kr.axcampus.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * A multipart upload as a browser sends it: UTF-8 file names, the parts in the order given,
 * with a Content-Length or chunked. (REST Assured turns non-ASCII file names into '?'.)
 */
public final class MultipartUpload {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Object[]> parts = new ArrayList<>();
    private boolean chunked;

    public static MultipartUpload bearer(String token) {
        MultipartUpload upload = new MultipartUpload();
        upload.headers.put("Authorization", "Bearer " + token);
        return upload;
    }

    public static MultipartUpload anonymous() {
        return new MultipartUpload();
    }

    public MultipartUpload header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public MultipartUpload field(String name, String value) {
        parts.add(new Object[] {name, value});
        return this;
    }

    public MultipartUpload file(String fileName, byte[] bytes) {
        parts.add(new Object[] {"file", fileName, bytes});
        return this;
    }

    /** Sends without a Content-Length, so the server only learns the size while reading. */
    public MultipartUpload chunked() {
        chunked = true;
        return this;
    }

    /** Posts to the application under test (REST Assured's base URI and port). */
    public Answer post() {
        return postTo(baseUrl());
    }

    /** Posts to an application at {@code baseUrl}, e.g. a packaged one a test started itself. */
    public Answer postTo(String baseUrl) {
        String boundary = "----axc" + UUID.randomUUID();
        List<InputStream> body = new ArrayList<>();
        for (Object[] part : parts) {
            StringBuilder head = new StringBuilder("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(part[0])
                    .append('"');
            if (part.length == 3) {
                head.append("; filename=\"").append(part[1]).append("\"\r\nContent-Type: application/octet-stream");
            }
            head.append("\r\n\r\n");
            body.add(stream(head.toString().getBytes(StandardCharsets.UTF_8)));
            body.add(stream(part.length == 3 ? (byte[]) part[2] : ((String) part[1]).getBytes(StandardCharsets.UTF_8)));
            body.add(stream("\r\n".getBytes(StandardCharsets.UTF_8)));
        }
        body.add(stream(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/materials"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(request::header);
        if (chunked) {
            request.POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new SequenceInputStream(Collections.enumeration(body))));
        } else {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            body.forEach(in -> {
                try {
                    in.transferTo(all);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            request.POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
        }
        try {
            long started = System.nanoTime();
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("the upload request failed", e);
        }
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String baseUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /** What came back, and how long it took. */
    public record Answer(HttpResponse<String> response, long millis) {
        public int status() {
            return response.statusCode();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public JsonPath json() {
            return new JsonPath(response.body());
        }
    }
}
