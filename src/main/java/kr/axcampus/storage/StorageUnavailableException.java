package kr.axcampus.storage;

import kr.axcampus.common.UnavailableException;

/** Object storage did not answer or refused; the API answers 503. */
public class StorageUnavailableException extends UnavailableException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(
                "storage-unavailable",
                "Storage unavailable",
                "file storage is not answering; try again shortly",
                message,
                cause);
    }
}
