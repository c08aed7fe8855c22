package kr.axcampus.storage;

/** Object storage did not answer or refused; the API answers 503. */
public class StorageUnavailableException extends RuntimeException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
