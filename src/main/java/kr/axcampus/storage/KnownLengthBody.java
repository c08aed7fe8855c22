package kr.axcampus.storage;

import java.io.IOException;
import java.io.InputStream;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body read from a stream of a declared length, written as it is read. A stream that
 * ends early or runs longer than declared fails the request, so no short or cut object is kept.
 */
final class KnownLengthBody extends RequestBody {
    private static final int BUFFER = 64 * 1024;

    private final InputStream content;
    private final long size;
    private final MediaType type;

    KnownLengthBody(InputStream content, long size, String contentType) {
        this.content = content;
        this.size = size;
        this.type = MediaType.parse(contentType);
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long remaining = size;
        while (remaining > 0) {
            int read = content.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new IOException("the stream ended " + remaining + " bytes before its declared " + size);
            }
            sink.write(buffer, 0, read);
            remaining -= read;
        }
        if (content.read() >= 0) {
            throw new IOException("the stream is longer than its declared " + size + " bytes");
        }
    }
}
