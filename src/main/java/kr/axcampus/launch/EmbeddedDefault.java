package kr.axcampus.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: when no database URL is configured, a private
 * PostgreSQL runs from the data folder ({@code axcampus.data-dir}, default
 * {@code ./axcampus-data}), objects are kept in a folder beside it, a signing
 * key pair is generated on first start, and demo data is loaded. The settings
 * are handed to Quarkus as system properties before it reads its configuration.
 */
final class EmbeddedDefault implements AutoCloseable {
    private static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private final EmbeddedPostgres postgres;

    private EmbeddedDefault(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDefault startIfNoDatabaseConfigured() {
        if (databaseConfigured()) {
            return null;
        }
        Path dataDir = Path.of(setting("axcampus.data-dir", "AXCAMPUS_DATA_DIR", "axcampus-data"))
                .toAbsolutePath()
                .normalize();
        try {
            Files.createDirectories(dataDir);
            System.out.println("AX Campus: embedded default in " + dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("postgres"))
                    .setCleanDataDirectory(false);
            String port = setting("axcampus.embedded.db-port", "AXCAMPUS_EMBEDDED_DB_PORT", "");
            if (!port.isBlank()) {
                builder.setPort(Integer.parseInt(port));
            }
            EmbeddedPostgres postgres = start(builder, dataDir);
            define(URL_PROPERTY, postgres.getJdbcUrl("postgres", "postgres"));
            define("quarkus.datasource.username", "postgres");
            define("quarkus.datasource.password", "postgres");
            define("axcampus.data-dir", dataDir.toString());
            KeyPairFiles keys = KeyPairFiles.inFolder(dataDir.resolve("keys"));
            define("smallrye.jwt.sign.key.location", keys.privateKey().toString());
            define("mp.jwt.verify.publickey.location", keys.publicKey().toString());
            define(DemoDataGate.SETTING, "true");
            DemoDataGate.openForEmbeddedDefault();
            define("axcampus.center.name", "한빛대학교 AI 공동훈련센터 (데모)");
            define("quarkus.log.console.json.enabled", "false");
            return new EmbeddedDefault(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded default in " + dataDir, e);
        }
    }

    /** Another AX Campus runs on the same data folder: said in a sentence, not a stack trace. */
    static final class DataFolderInUse extends RuntimeException {
        DataFolderInUse(Path dataDir) {
            super("another AX Campus is using the data folder " + dataDir
                    + "; stop it first, or give this one another folder (axcampus.data-dir or AXCAMPUS_DATA_DIR)");
        }
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDir) throws IOException {
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            // The embedded PostgreSQL locks its folder while it runs; only the message tells this case apart.
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                throw new DataFolderInUse(dataDir);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("AX Campus: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /** A URL from a system property, the environment or {@code config/application.properties}. */
    private static boolean databaseConfigured() {
        if (notBlank(System.getProperty(URL_PROPERTY)) || notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))) {
            return true;
        }
        Path local = Path.of("config", "application.properties");
        if (Files.isRegularFile(local)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(local)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return notBlank(properties.getProperty(URL_PROPERTY));
        }
        return false;
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (!notBlank(value)) {
            value = System.getenv(env);
        }
        return notBlank(value) ? value : fallback;
    }

    /** Explicit settings of the operator win over the embedded defaults. */
    private static void define(String property, String value) {
        String env = property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        if (System.getProperty(property) == null && System.getenv(env) == null) {
            System.setProperty(property, value);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
