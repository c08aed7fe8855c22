package kr.axcampus.storage;

import java.io.InputStream;
import java.net.URI;

/**
 * Where files live: S3-compatible object storage in production, a folder in the
 * embedded default. Features see only this port, never which adapter runs.
 */
public interface ObjectStorage {

    /** Stores a stream under a key chosen by the application; size -1 when unknown. */
    void put(String key, InputStream content, long size, String contentType);

    /** Opens a stored object; the caller closes the stream. */
    InputStream get(String key);

    /** Removes an object; removing a missing one is harmless. */
    void remove(String key);

    /**
     * A short-lived address the browser downloads the object from, so the application never
     * relays its bytes: a pre-signed URL on S3, a signed and expiring application path on the
     * local store.
     */
    URI downloadUrl(String key, Download download);

    /** Whether the store answers now (for readiness). */
    boolean isReachable();

    /** A short description for logs and health: "s3 http://...", "local /path". */
    String describe();
}
