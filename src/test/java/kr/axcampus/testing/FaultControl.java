package kr.axcampus.testing;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Stops and restarts one of the tests' real servers (the S3 server, PostgreSQL) through JMX, for
 * fault tests. JMX because the platform MBean server is shared by every class loader of the test
 * JVM: the test resource and the tests live in different ones.
 */
public class FaultControl implements FaultControlMBean {
    private final Consumer<String> commands;

    public FaultControl(Consumer<String> commands) {
        this.commands = commands;
    }

    @Override
    public void control(String command) {
        commands.accept(command);
    }

    /** Registers {@code commands} under {@code name}, replacing an earlier registration. */
    static void register(String name, Consumer<String> commands) throws JMException {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName objectName = new ObjectName(name);
        if (jmx.isRegistered(objectName)) {
            jmx.unregisterMBean(objectName);
        }
        jmx.registerMBean(new FaultControl(commands), objectName);
    }

    /** Sends a command from a test, whichever class loader it runs in. */
    public static void send(String name, String command) {
        try {
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(new ObjectName(name), "control", new Object[] {command}, new String[] {
                        String.class.getName()
                    });
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command + " " + name, e);
        }
    }
}
