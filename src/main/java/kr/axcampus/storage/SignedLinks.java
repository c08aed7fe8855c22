package kr.axcampus.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Expiring, tamper-proof download paths for the local store (the embedded default's stand-in
 * for S3's pre-signed URLs): the object, its name, type and expiry, signed with HMAC-SHA256
 * under a key that lives only in this process.
 */
@ApplicationScoped
public class SignedLinks {
    static final String PATH = "/files/";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key = new byte[32];

    public SignedLinks() {
        new SecureRandom().nextBytes(key);
    }

    /** What a valid link names. */
    public record Target(String objectKey, String fileName, String contentType) {}

    String sign(String objectKey, Download download, Instant now) {
        long expires = now.plus(download.lifetime()).getEpochSecond();
        String payload =
                String.join("\n", objectKey, Long.toString(expires), download.fileName(), download.contentType());
        String body = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return PATH + body + "." + ENCODE.encodeToString(mac(body));
    }

    /** The link's target when its signature holds and it has not expired; empty otherwise. */
    public Optional<Target> verify(String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(body), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODE.decode(body), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 4 || Long.parseLong(parts[1]) < now.getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Target(parts[0], parts[2], parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
