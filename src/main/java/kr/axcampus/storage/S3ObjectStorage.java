package kr.axcampus.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.http.Method;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Objects in an S3-compatible server through the MinIO Java client. */
class S3ObjectStorage implements ObjectStorage {
    /** Part size for streams of unknown length (S3's minimum is 5 MiB). */
    private static final long PART_SIZE = 10L * 1024 * 1024;
    /** S3's largest single PUT. */
    private static final long MAX_SINGLE_PUT = 5L * 1024 * 1024 * 1024;
    /** Lifetime of the pre-signed PUT a known-length stream is sent to (only while the call runs). */
    private static final int PUT_LINK_SECONDS = 3600;

    private final MinioClient client;
    private final OkHttpClient http;
    private final String bucket;
    private final String endpoint;
    private volatile boolean bucketReady;

    S3ObjectStorage(StorageConfig config) {
        this.endpoint = config.endpoint().orElseThrow();
        this.bucket = config.bucket();
        long millis = config.timeout().toMillis();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS)
                .writeTimeout(millis, TimeUnit.MILLISECONDS)
                .build();
        this.http = http;
        this.client = MinioClient.builder()
                .endpoint(endpoint)
                .region(config.region())
                .credentials(config.accessKey().orElse(""), config.secretKey().orElse(""))
                .httpClient(http)
                .build();
        if (!config.pathStyle()) {
            client.enableVirtualStyleEndpoint();
        }
    }

    @Override
    public URI downloadUrl(String key, Download download) {
        ensureBucket();
        return URI.create(call(() -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.GET)
                .bucket(bucket)
                .object(key)
                .expiry((int) Math.max(1, download.lifetime().toSeconds()))
                .extraQueryParams(Map.of(
                        "response-content-disposition",
                        ContentDisposition.attachment(download.fileName()),
                        "response-content-type",
                        download.contentType()))
                .build())));
    }

    /**
     * A stream of known length goes as one PUT to a pre-signed URL, streamed as it is read: the
     * MinIO client would hold a single part whole in memory, and a multipart upload costs the
     * server a copy when it completes. Unknown lengths (and objects over 5 GiB) go as multipart
     * uploads of 10 MiB parts.
     */
    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        ensureBucket();
        if (size >= 0 && size <= MAX_SINGLE_PUT) {
            putStreamed(key, content, size, contentType);
            return;
        }
        call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(content, size, PART_SIZE)
                .contentType(contentType)
                .build()));
    }

    private void putStreamed(String key, InputStream content, long size, String contentType) {
        String url = call(() -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Method.PUT)
                .bucket(bucket)
                .object(key)
                .expiry(PUT_LINK_SECONDS)
                .build()));
        Request request = new Request.Builder()
                .url(url)
                .put(new KnownLengthBody(content, size, contentType))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new StorageUnavailableException(
                        "object storage refused " + key + ": HTTP " + response.code(), null);
            }
        } catch (IOException e) {
            throw new StorageUnavailableException("object storage failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream get(String key) {
        return call(() -> client.getObject(
                GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public void remove(String key) {
        call(() -> {
            client.removeObject(
                    RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    @Override
    public boolean isReachable() {
        try {
            ensureBucket();
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (RuntimeException e) {
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public String describe() {
        return "s3 " + endpoint + " bucket " + bucket;
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        call(() -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
        bucketReady = true;
    }

    private static <T> T call(S3Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new StorageUnavailableException("object storage failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface S3Call<T> {
        T run() throws Exception;
    }
}
