package kr.axcampus.testing;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Stops, black-holes and restarts the tests' S3 server through JMX (see {@link TestInfrastructure#S3_CONTROL}). */
public class S3Control implements S3ControlMBean {
    private final Consumer<String> commands;

    public S3Control(Consumer<String> commands) {
        this.commands = commands;
    }

    @Override
    public void control(String command) {
        commands.accept(command);
    }

    /** Sends a command from a test, whichever class loader it runs in. */
    public static void send(String command) {
        try {
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            jmx.invoke(new ObjectName(TestInfrastructure.S3_CONTROL), "control", new Object[] {command}, new String[] {
                String.class.getName()
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot " + command + " the S3 server", e);
        }
    }
}
