package kr.axcampus.launch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts AX Campus. Without a configured database URL it first prepares the
 * embedded default (API.md "Start-up contract"): a private PostgreSQL, a local
 * object store, signing keys and demo data, all in the data folder.
 */
@QuarkusMain
public class AxCampusMain {

    public static void main(String... args) {
        EmbeddedDefault embedded;
        try {
            embedded = EmbeddedDefault.startIfNoDatabaseConfigured();
        } catch (EmbeddedDefault.DataFolderInUse e) {
            System.err.println("AX Campus did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Quarkus.run(
                Application.class,
                (status, cause) -> {
                    if (cause != null) {
                        System.err.println("AX Campus did not start: " + cause);
                        cause.printStackTrace();
                    }
                    if (embedded != null) {
                        embedded.close();
                    }
                    System.exit(status);
                },
                args);
    }

    public static class Application implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
