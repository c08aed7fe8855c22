package kr.axcampus.storage;

import java.time.Duration;

/** How a stored object is handed to a browser: the name it is saved as, its type, how long the link lives. */
public record Download(String fileName, String contentType, Duration lifetime) {}
