package kr.axcampus.testing;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** What the tests' SMTP server received, read as a mail client reads it (Jakarta Mail parses each message). */
public final class TestMail {
    private TestMail() {}

    /** A received mail: its envelope recipient, the notice kind header, Message-ID, subject and text. */
    public record Received(String to, String kind, String messageId, String subject, String text) {}

    public static List<Received> all() {
        try {
            String[] raw = (String[]) ManagementFactory.getPlatformMBeanServer()
                    .invoke(new ObjectName(TestMailServer.NAME), "messages", new Object[0], new String[0]);
            return Arrays.stream(raw).map(TestMail::parse).toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test mail server", e);
        }
    }

    /** The mails to one address, optionally of one notice kind (null: any). */
    public static List<Received> to(String address, String kind) {
        return all().stream()
                .filter(m -> m.to().equalsIgnoreCase(address))
                .filter(m -> kind == null || kind.equals(m.kind()))
                .toList();
    }

    /** Stops ("stop") or starts ("start") the SMTP server. */
    public static void control(String command) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(new ObjectName(TestMailServer.NAME), "control", new Object[] {command}, new String[] {
                        String.class.getName()
                    });
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command + " the test mail server", e);
        }
    }

    private static Received parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new java.util.Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Object content = message.getContent();
            return new Received(
                    message.getHeader("X-Envelope-To", null),
                    message.getHeader("X-AXCampus-Notice", null),
                    message.getMessageID(),
                    message.getSubject(),
                    content instanceof String text ? text : String.valueOf(content));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse a received mail", e);
        }
    }
}
