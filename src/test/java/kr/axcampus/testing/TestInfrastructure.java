package kr.axcampus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import kr.axcampus.launch.KeyPairFiles;

/**
 * The real parts the tests run against, started once per test run: a real
 * PostgreSQL (embedded, or an external server named by AXCAMPUS_TEST_DB_URL),
 * a real S3-compatible server (s3proxy on a filesystem store), a real SMTP
 * server ({@link TestMailServer}) and a signing key pair. Nothing of our own is mocked.
 */
public class TestInfrastructure implements QuarkusTestResourceLifecycleManager {
    public static final String S3_ACCESS_KEY = "test-access";
    public static final String S3_SECRET_KEY = "test-secret-key";
    /**
     * The {@link FaultControl} that stops ("stop"), black-holes ("hang": the port accepts
     * connections and never answers) and restarts ("start") the S3 server.
     */
    public static final String S3_CONTROL = "kr.axcampus.test:type=S3Control";
    /**
     * The {@link FaultControl} that stops PostgreSQL ("stop", fast: every connection is cut) and
     * starts it again ("start", on the same port and data), when the tests run their own.
     */
    public static final String POSTGRES_CONTROL = "kr.axcampus.test:type=PostgresControl";

    private EmbeddedPostgres postgres;
    private PostgresRestart postgresRestart;
    private S3Proxy s3;
    private int s3Port;
    private ServerSocket blackHole;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private Path workDir;
    private TestMailServer mail;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("axcampus-test");
            Map<String, String> config = new HashMap<>();
            config.putAll(database());
            config.putAll(objectStorage());
            config.putAll(mailServer());
            KeyPairFiles keys = KeyPairFiles.inFolder(workDir.resolve("keys"));
            config.put("smallrye.jwt.sign.key.location", keys.privateKey().toString());
            config.put("mp.jwt.verify.publickey.location", keys.publicKey().toString());
            config.put("axcampus.data-dir", workDir.toString());
            config.put("axcampus.content.dir", copyOfContent().toString());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test infrastructure", e);
        }
    }

    /** A private copy of content/, so catalogue tests may break and mend it without touching the real one. */
    private Path copyOfContent() throws IOException {
        Path source = Path.of("content").toAbsolutePath();
        Path target = workDir.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private Map<String, String> database() throws Exception {
        String external = System.getenv("AXCAMPUS_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    external,
                    "quarkus.datasource.username",
                    env("AXCAMPUS_TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password",
                    env("AXCAMPUS_TEST_DB_PASSWORD", "postgres"));
        }
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("postgres"))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
        postgresRestart = new PostgresRestart(workDir.resolve("postgres"));
        FaultControl.register(POSTGRES_CONTROL, postgresRestart::control);
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    private Map<String, String> objectStorage() throws Exception {
        Path blobs = Files.createDirectories(workDir.resolve("s3"));
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", blobs.toString());
        BlobStoreContext context =
                ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
        int port = freePort();
        s3Port = port;
        s3 = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, S3_SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .build();
        s3.start();
        awaitS3("STARTED");
        FaultControl.register(S3_CONTROL, this::controlS3);
        return Map.of(
                "axcampus.storage.endpoint",
                "http://127.0.0.1:" + port,
                "axcampus.storage.access-key",
                S3_ACCESS_KEY,
                "axcampus.storage.secret-key",
                S3_SECRET_KEY,
                "axcampus.storage.bucket",
                "axcampus-test",
                "axcampus.storage.timeout",
                "2s");
    }

    private Map<String, String> mailServer() throws Exception {
        int port = freePort();
        mail = TestMailServer.start(port);
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port));
    }

    private void controlS3(String command) {
        try {
            switch (command) {
                case "stop" -> {
                    s3.stop();
                    awaitS3("STOPPED");
                }
                case "hang" -> {
                    blackHole = new ServerSocket(s3Port);
                    ServerSocket hole = blackHole;
                    Thread holder = new Thread(
                            () -> {
                                while (!hole.isClosed()) {
                                    try {
                                        held.add(hole.accept());
                                    } catch (IOException e) {
                                        break;
                                    }
                                }
                            },
                            "s3-black-hole");
                    holder.setDaemon(true);
                    holder.start();
                }
                case "start" -> {
                    if (blackHole != null) {
                        blackHole.close();
                        blackHole = null;
                    }
                    for (Socket socket : held) {
                        socket.close();
                    }
                    held.clear();
                    if (!s3.getState().equals("STARTED")) {
                        startS3WhenThePortIsFree();
                    }
                }
                default -> throw new IllegalArgumentException(command);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command + " the S3 server", e);
        }
    }

    private void startS3WhenThePortIsFree() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                s3.start();
                awaitS3("STARTED");
                return;
            } catch (Exception e) {
                if (attempt == 50) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private void awaitS3(String state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!s3.getState().equals(state) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    @Override
    public void stop() {
        try {
            if (s3 != null) {
                s3.stop();
            }
            if (mail != null) {
                mail.down();
            }
            if (postgresRestart != null) {
                postgresRestart.close();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
