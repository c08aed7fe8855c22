package kr.axcampus.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server in the tests' JVM (SubEthaSMTP on a free port): it keeps what it receives,
 * refuses addresses whose local part starts with {@code rejected} (553, a permanent refusal), and
 * goes down and comes back on cue. Tests reach it through JMX ({@link TestMail}), since they live
 * in another class loader than the test resource that starts it.
 */
public class TestMailServer implements TestMailServerMBean {
    public static final String NAME = "kr.axcampus.test:type=MailServer";

    private final int port;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    private TestMailServer(int port) {
        this.port = port;
    }

    static TestMailServer start(int port) throws JMException {
        TestMailServer mail = new TestMailServer(port);
        mail.up();
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(NAME);
        if (jmx.isRegistered(name)) {
            jmx.unregisterMBean(name);
        }
        jmx.registerMBean(mail, name);
        return mail;
    }

    private synchronized void up() {
        if (server != null) {
            return;
        }
        server = SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .simpleMessageListener(new SimpleMessageListener() {
                    @Override
                    public boolean accept(String from, String recipient) {
                        return !recipient.toLowerCase().startsWith("rejected");
                    }

                    @Override
                    public void deliver(String from, String recipient, InputStream data) throws IOException {
                        received.add("X-Envelope-To: " + recipient + "\r\n"
                                + new String(data.readAllBytes(), StandardCharsets.UTF_8));
                    }
                })
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                server.start();
                return;
            } catch (RuntimeException e) {
                if (attempt == 50) {
                    throw e;
                }
                sleep();
            }
        }
    }

    synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void control(String command) {
        switch (command) {
            case "stop" -> down();
            case "start" -> up();
            default -> throw new IllegalArgumentException(command);
        }
    }

    @Override
    public String[] messages() {
        return received.toArray(String[]::new);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
