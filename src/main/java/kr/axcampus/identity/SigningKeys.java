package kr.axcampus.identity;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The RS256 key pair that signs and verifies tokens. The settings are the
 * standard SmallRye JWT ones, so the verifier and the issuer can never
 * disagree. Each key is given either as a PEM file or as the PEM text itself
 * (an environment variable fed from a secret): the private key by
 * {@code smallrye.jwt.sign.key.location} or {@code smallrye.jwt.sign.key}, the
 * public key by {@code mp.jwt.verify.publickey.location} or
 * {@code mp.jwt.verify.publickey}. The key id is the RFC 7638 thumbprint of the
 * public key.
 */
@ApplicationScoped
public class SigningKeys {
    static final String PRIVATE_INLINE = "smallrye.jwt.sign.key";
    static final String PRIVATE_LOCATION = "smallrye.jwt.sign.key.location";
    static final String PUBLIC_INLINE = "mp.jwt.verify.publickey";
    static final String PUBLIC_LOCATION = "mp.jwt.verify.publickey.location";

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    public SigningKeys(
            @ConfigProperty(name = PRIVATE_INLINE) Optional<String> privateInline,
            @ConfigProperty(name = PRIVATE_LOCATION) Optional<String> privateLocation,
            @ConfigProperty(name = PUBLIC_INLINE) Optional<String> publicInline,
            @ConfigProperty(name = PUBLIC_LOCATION) Optional<String> publicLocation) {
        KeyPem privatePem = KeyPem.of(PRIVATE_INLINE, privateInline, PRIVATE_LOCATION, privateLocation);
        KeyPem publicPem = KeyPem.of(PUBLIC_INLINE, publicInline, PUBLIC_LOCATION, publicLocation);
        try {
            this.privateKey = KeyUtils.decodePrivateKey(privatePem.text());
        } catch (Exception e) {
            throw new IllegalStateException(
                    "the JWT private key from " + privatePem.origin() + " is not a PEM-encoded PKCS#8 RSA key: "
                            + e.getMessage(),
                    e);
        }
        try {
            this.publicKey = (RSAPublicKey) KeyUtils.decodePublicKey(publicPem.text());
        } catch (Exception e) {
            throw new IllegalStateException(
                    "the JWT public key from " + publicPem.origin() + " is not a PEM-encoded RSA public key: "
                            + e.getMessage(),
                    e);
        }
        this.keyId = thumbprint(publicKey);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The key SmallRye JWT verifies with (the same settings), for {@link OwnTokenVerifier}. */
    RSAPublicKey publicKey() {
        return publicKey;
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
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
