package kr.axcampus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the tests' embedded PostgreSQL and starts it again, as an operator's restart would: the
 * same binaries, data, port and settings, read from the command line PostgreSQL keeps in {@code
 * postmaster.opts}.
 */
final class PostgresRestart {
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path data;
    private List<String> command;
    private Process restarted;

    PostgresRestart(Path data) {
        this.data = data;
    }

    void control(String what) {
        try {
            switch (what) {
                case "stop" -> stop();
                case "start" -> start();
                default -> throw new IllegalArgumentException(what);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fast shutdown (SIGINT): open transactions are rolled back and every connection is cut. */
    private void stop() throws IOException, InterruptedException {
        command = postmasterCommand();
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
        run("kill", "-INT", pid);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (Files.exists(data.resolve("postmaster.pid"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not stop within 30 s");
            }
            Thread.sleep(20);
        }
    }

    /**
     * The postmaster itself, in the background; it is done starting when it accepts connections.
     * As root it runs in a user namespace ({@code unshare -U}), as the embedded server does: the
     * server refuses to run as root.
     */
    private void start() throws IOException, InterruptedException {
        if (command == null || Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        Path log = data.resolveSibling("postgres-restart.log");
        List<String> asStarted = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            asStarted.addAll(List.of("unshare", "-U"));
        }
        asStarted.addAll(command);
        restarted = new ProcessBuilder(asStarted)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        int port = Integer.parseInt(command.get(command.indexOf("-p") + 1));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!accepts(port)) {
            if (!restarted.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "PostgreSQL did not start again (" + command + "): " + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }

    /** Stops a postmaster this class started (the embedded server's own stop cannot, as root). */
    void close() throws IOException, InterruptedException {
        if (restarted != null && restarted.isAlive()) {
            stop();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** postgres's path and arguments as it was started: {@code /path/postgres "-D" "/data" "-p" "5432" ...}. */
    private List<String> postmasterCommand() throws IOException {
        String line = Files.readString(data.resolve("postmaster.opts")).strip();
        int firstQuote = line.indexOf('"');
        List<String> parts = new ArrayList<>();
        parts.add(line.substring(0, firstQuote).strip());
        Matcher quoted = QUOTED.matcher(line.substring(firstQuote));
        while (quoted.find()) {
            parts.add(quoted.group(1).replace("\\\"", "\""));
        }
        return parts;
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " failed: " + output);
        }
    }
}
