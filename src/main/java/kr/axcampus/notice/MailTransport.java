package kr.axcampus.notice;

/**
 * Where a notice's mail goes: the port behind which the mail channel's adapters sit (SMTP, or the
 * local outbox of the embedded default). The in-app channel needs none: the notice's row is the
 * inbox entry.
 */
public interface MailTransport {
    /** The state a mail is in once this transport took it. */
    MailState delivered();

    /**
     * Hands the mail over.
     *
     * @throws MailRefused when the server refuses it for good (a rejected address): never retried
     * @throws RuntimeException anything else (server down, timeout): tried again later
     */
    void send(OutgoingMail mail) throws MailRefused;

    /** A permanent refusal, with the server's words. */
    final class MailRefused extends Exception {
        public MailRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
