package kr.axcampus.attendance;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Six-digit check-in codes that change every 30 seconds, derived from a session's secret
 * as in TOTP (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1). Nothing is stored: any replica
 * derives the same code, and the current and the previous step are accepted.
 */
public final class CheckInCodes {
    public static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;

    private CheckInCodes() {}

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    public static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24)
                    | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8)
                    | (hash[offset + 3] & 0xFF);
            return String.format("%06d", binary % 1_000_000);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }

    public static String current(byte[] secret, Instant now) {
        return code(secret, step(now));
    }

    /** When the code shown now stops changing. */
    public static Instant validUntil(Instant now) {
        return Instant.ofEpochSecond((step(now) + 1) * STEP_SECONDS);
    }

    /** The code of this step or the previous one, compared in constant time. */
    public static boolean accepts(byte[] secret, String code, Instant now) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long step = step(now);
        boolean current = MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes());
        boolean previous = MessageDigest.isEqual(code(secret, step - 1).getBytes(), code.getBytes());
        return current | previous;
    }
}
