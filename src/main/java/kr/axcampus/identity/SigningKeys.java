package kr.axcampus.identity;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The RS256 key pair that signs and verifies tokens. The locations are the
 * standard SmallRye JWT settings, so the verifier and the issuer can never
 * disagree: {@code smallrye.jwt.sign.key.location} (private, PEM) and
 * {@code mp.jwt.verify.publickey.location} (public, PEM). The key id is the
 * RFC 7638 thumbprint of the public key.
 */
@ApplicationScoped
public class SigningKeys {
    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    public SigningKeys(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicLocation) {
        try {
            this.privateKey = KeyUtils.decodePrivateKey(read(privateLocation));
            this.publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(read(publicLocation));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the JWT key pair from " + privateLocation + " and "
                    + publicLocation + ": " + e.getMessage(), e);
        }
        this.keyId = thumbprint(publicKey);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The JSON Web Key Set other systems use to verify our tokens. */
    public Map<String, Object> jwks() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", keyId);
        jwk.put("n", base64Url(publicKey.getModulus()));
        jwk.put("e", base64Url(publicKey.getPublicExponent()));
        return Map.of("keys", List.of(jwk));
    }

    private static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + base64Url(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(key.getModulus()) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(String location) throws IOException {
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return Files.readString(path, StandardCharsets.US_ASCII);
    }
}
