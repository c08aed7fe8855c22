import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server for the upload benchmark (bench/upload-1g.sh): s3proxy on a
 * jclouds filesystem store, set up as the tests set it up (TestInfrastructure), run as a
 * single-file program on the project's test classpath:
 *
 *   java -cp "$(cat classpath.txt)" bench/S3Server.java PORT DIR ACCESS_KEY SECRET_KEY [BUCKET...]
 *
 * Creates the named buckets, prints "S3 READY http://127.0.0.1:PORT" and serves until killed.
 *
 *   java -cp "$(cat classpath.txt)" bench/S3Server.java put ENDPOINT ACCESS_KEY SECRET_KEY BUCKET KEY FILE
 *
 * Uploads FILE with the MinIO client as the app's S3 adapter calls it (a stream of unknown
 * length in 10 MiB parts, see S3ObjectStorage) and prints "PUT SECONDS": the benchmark's
 * measure of the client itself, without the app around it.
 */
public class S3Server {
    public static void main(String[] args) throws Exception {
        if (args.length == 7 && args[0].equals("put")) {
            put(args[1], args[2], args[3], args[4], args[5], Path.of(args[6]));
            return;
        }
        if (args.length < 4) {
            System.err.println("usage: S3Server PORT DIR ACCESS_KEY SECRET_KEY [BUCKET...]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(properties)
                .build(BlobStoreContext.class);
        for (int i = 4; i < args.length; i++) {
            context.getBlobStore().createContainerInLocation(null, args[i]);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        S3Proxy s3 = S3Proxy.builder().blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, args[2], args[3])
                .endpoint(endpoint).build();
        s3.start();
        while (!s3.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        System.out.println("S3 READY " + endpoint);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                s3.stop();
            } catch (Exception e) {
                // exiting anyway
            }
        }));
        Thread.currentThread().join();
    }

    private static void put(String endpoint, String access, String secret, String bucket, String key, Path file)
            throws Exception {
        MinioClient client = MinioClient.builder().endpoint(endpoint).region("us-east-1")
                .credentials(access, secret).build();
        long started = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(in, -1, 10L * 1024 * 1024).contentType("application/zip").build());
        }
        System.out.printf("PUT %.3f%n", (System.nanoTime() - started) / 1e9);
    }
}
