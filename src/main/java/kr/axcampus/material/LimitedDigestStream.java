package kr.axcampus.material;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) the bytes read through it, and fails once they pass a limit. */
final class LimitedDigestStream extends FilterInputStream {
    private final MessageDigest digest;
    private final long limit;
    private long count;
    private boolean tooLarge;
    private boolean exhausted;

    LimitedDigestStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            exhausted = true;
        }
        if (n > 0) {
            count += n;
            if (count > limit) {
                tooLarge = true;
                throw new IOException("upload exceeds " + limit + " bytes");
            }
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes unhashed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    /** Whether the stream proved to hold other than {@code declared} bytes (ran past it, or ended short). */
    boolean differsFrom(long declared) {
        return count > declared || (exhausted && count < declared);
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
