package kr.axcampus.testing;

/** JMX view of {@link FaultControl}. */
public interface FaultControlMBean {
    void control(String command);
}
