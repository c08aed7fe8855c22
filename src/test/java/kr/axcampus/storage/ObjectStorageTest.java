package kr.axcampus.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3 adapter against the real S3-compatible server the tests start. */
@QuarkusTest
class ObjectStorageTest {
    @Inject
    ObjectStorage storage;

    @Test
    void storesAndReturnsTheSameBytesWithKnownAndUnknownSize() throws Exception {
        byte[] content = new byte[6 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        String known = "test/" + UUID.randomUUID();
        String unknown = "test/" + UUID.randomUUID();

        storage.put(known, new ByteArrayInputStream(content), content.length, "application/octet-stream");
        storage.put(unknown, new ByteArrayInputStream(content), -1, "application/octet-stream");

        for (String key : new String[] {known, unknown}) {
            try (InputStream in = storage.get(key)) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
        assertTrue(storage.describe().startsWith("s3 "));
    }

    @Test
    void aRemovedObjectIsGone() {
        String key = "test/" + UUID.randomUUID();
        storage.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "application/octet-stream");
        storage.remove(key);
        assertThrows(StorageUnavailableException.class, () -> storage.get(key).close());
        storage.remove(key);
    }

    @Inject
    SignedLinks links;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    @Test
    void aPresignedLinkDownloadsTheSameBytesWithoutTheApp() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 5];
        new Random(7).nextBytes(content);
        String key = "test/" + java.util.UUID.randomUUID();
        storage.put(key, new ByteArrayInputStream(content), content.length, "application/pdf");
        java.net.URI link = storage.downloadUrl(
                key, new Download("실습 결과 보고서.pdf", "application/pdf", java.time.Duration.ofMinutes(5)));
        assertTrue(link.toString().contains("X-Amz-Signature="), link.toString());
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(
                java.net.http.HttpRequest.newBuilder(link).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, answer.body());
        String signed = link.toString();
        int at = signed.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
        char flipped = signed.charAt(at) == '0' ? '1' : '0';
        String tampered = signed.substring(0, at) + flipped + signed.substring(at + 1);
        assertEquals(
                403,
                http.send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(tampered))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }

    @Test
    void aSignedLocalLinkServesTheObjectWithItsKoreanNameAndRefusesTampering() throws Exception {
        String key = "test/" + java.util.UUID.randomUUID();
        byte[] content = "월간 매출 보고서".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        storage.put(key, new ByteArrayInputStream(content), content.length, "text/plain");
        String path = links.sign(
                key,
                new Download("매출 보고서.txt", "text/plain; charset=UTF-8", java.time.Duration.ofMinutes(5)),
                java.time.Instant.now());
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(content, answer.body());
        assertEquals(
                "attachment; filename=\"__ ___.txt\"; filename*=UTF-8''%EB%A7%A4%EC%B6%9C%20%EB%B3%B4%EA%B3%A0%EC%84%9C.txt",
                answer.headers().firstValue("Content-Disposition").orElseThrow());
        String tampered = path.substring(0, path.length() - 2) + (path.endsWith("A") ? "BB" : "AA");
        assertEquals(
                403,
                http.send(
                                java.net.http.HttpRequest.newBuilder(
                                                base.toURI().resolve(tampered.substring(1)))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode());
        String expired = links.sign(
                key,
                new Download("a.txt", "text/plain", java.time.Duration.ofMinutes(5)),
                java.time.Instant.now().minusSeconds(600));
        assertTrue(links.verify(expired.substring(SignedLinks.PATH.length()), java.time.Instant.now())
                .isEmpty());
    }
}
