package kr.axcampus.notice;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notices are produced and mailed ({@code axcampus.notice.*}). */
@ConfigMapping(prefix = "axcampus.notice")
public interface NoticeSettings {
    /** The address pages are reached at, for the links in mails (a job has no request to read it from). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How often each replica sends the mail that is due (every replica sends; claims keep them apart). */
    @WithDefault("10s")
    String sendEvery();

    /** How often the at-risk watch looks (one replica a turn); {@code off} stops it (the tests run it by hand). */
    @WithDefault("30s")
    String watchEvery();

    /** How often the reminders are posted (one replica a turn); {@code off} stops it. */
    @WithDefault("1m")
    String remindEvery();

    Mail mail();

    interface Mail {
        /**
         * {@code local}: mail is kept in the local outbox the operators read ("보낸 알림"), for the
         * embedded default that has no mail server; {@code smtp}: sent through Quarkus Mailer.
         */
        @WithDefault("local")
        String transport();

        /** The first wait after a failed attempt; each next one doubles, up to {@link #longestWait()}. */
        @WithDefault("30s")
        Duration retryAfter();

        @WithDefault("1h")
        Duration longestWait();

        /** After this many failed attempts a mail is marked failed and never tried again. */
        @WithDefault("10")
        int maxAttempts();

        /** A claim older than this was lost with its sender (a crash mid-send); it is tried again. */
        @WithDefault("10m")
        Duration claimLapse();
    }
}
