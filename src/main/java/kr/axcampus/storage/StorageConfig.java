package kr.axcampus.storage;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Object storage; without an endpoint the local folder store is used. */
@ConfigMapping(prefix = "axcampus.storage")
public interface StorageConfig {
    /** S3 API endpoint (MinIO), e.g. http://minio:9000. Absent: the local store. */
    Optional<String> endpoint();

    /** S3 region. */
    @WithDefault("us-east-1")
    String region();

    /** Bucket holding every object; created when missing. */
    @WithDefault("axcampus")
    String bucket();

    /** S3 access key. */
    Optional<String> accessKey();

    /** S3 secret key. */
    Optional<String> secretKey();

    /** Folder of the local store (embedded default). */
    @WithDefault("${axcampus.data-dir:axcampus-data}/objects")
    String localDir();

    /** How long a download link (pre-signed URL or signed local path) stays valid. */
    @WithDefault("5m")
    Duration downloadLinkLifetime();

    /** The largest upload accepted, in bytes (default 2 GiB); larger ones answer 413 while they stream. */
    @WithDefault("2147483648")
    long maxUploadSize();

    /** Virtual-host style bucket addresses (AWS); MinIO and most servers use path style. */
    @WithDefault("true")
    boolean pathStyle();

    /** Connect and read timeouts of S3 calls: storage trouble must never hang a request. */
    @WithDefault("5s")
    Duration timeout();
}
