package kr.axcampus.testing;

/** JMX view of {@link S3Control}. */
public interface S3ControlMBean {
    void control(String command);
}
