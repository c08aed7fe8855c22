package kr.axcampus.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
}
