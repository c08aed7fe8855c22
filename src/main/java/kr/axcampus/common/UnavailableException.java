package kr.axcampus.common;

/**
 * A service the application stands on (object storage, mail) did not answer in time. The
 * problem mapper answers 503 with the given problem type, so the kernel needs no feature's class.
 */
public class UnavailableException extends RuntimeException {
    private final String type;
    private final String title;
    private final String detail;

    public UnavailableException(String type, String title, String detail, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
        this.title = title;
        this.detail = detail;
    }

    /** The problem's type, a stable name such as {@code storage-unavailable}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What the user is told: never the cause, which only the log gets. */
    public String detail() {
        return detail;
    }
}
