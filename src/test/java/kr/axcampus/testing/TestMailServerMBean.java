package kr.axcampus.testing;

/** JMX view of {@link TestMailServer}. */
public interface TestMailServerMBean {
    /** "stop" or "start". */
    void control(String command);

    /** Every message received so far, raw, each headed by its envelope recipient. */
    String[] messages();
}
