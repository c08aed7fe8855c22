package kr.axcampus.identity;

import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;

/**
 * Verifies a token of the shape {@link TokenService} signs without jose4j's own JSON parser and
 * Base64 codec, which took two thirds of the CPU a first request spends on its token in the
 * check-in storm (docs/benchmarks.md). It accepts a token only when every check SmallRye JWT makes
 * with our settings holds — the RS256 signature by our key, the issuer, the expiry (never with more
 * leeway than SmallRye allows), a subject — and the claims are the plain ones we issue; it then
 * builds the principal SmallRye would, as an {@link OwnPrincipal} that also remembers the caller it
 * names. Anything it does not accept, it leaves to SmallRye's
 * verifier, which gives the answer as before: this path can only accept less, never more.
 */
@ApplicationScoped
class OwnTokenVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> CLAIMS = new TypeReference<>() {};
    private static final String ROLE_MAPPINGS = "roleMappings";
    private static final String CRITICAL = "crit";
    /** jose4j's smallest RSA key unless SmallRye is told to relax its key validation. */
    private static final int SMALLEST_RSA_KEY_BITS = 2048;

    private final Algorithm rs256;
    private final RSAPublicKey publicKey;
    private volatile Rules rules = new Rules(null, null);

    OwnTokenVerifier(SigningKeys keys) {
        this.publicKey = keys.publicKey();
        this.rs256 = Algorithm.RSA256(publicKey, null);
    }

    /** The principal of a token this path accepts; empty when SmallRye's verifier is to decide. */
    Optional<JWTCallerPrincipal> verify(String token, JWTAuthContextInfo context) {
        JWTVerifier verifier = verifierFor(context);
        if (verifier == null) {
            return Optional.empty();
        }
        try {
            DecodedJWT jwt = verifier.verify(token);
            if (!jwt.getHeaderClaim(CRITICAL).isMissing()) {
                return Optional.empty(); // jose4j refuses critical headers it does not know; SmallRye is to say
            }
            Map<String, Object> values = JSON.readValue(Base64.getUrlDecoder().decode(jwt.getPayload()), CLAIMS);
            if (!(values.get(Claims.sub.name()) instanceof String)
                    || !isListOfStrings(values.get(Claims.groups.name()))
                    || values.containsKey(ROLE_MAPPINGS)
                    || values.containsKey(Claims.raw_token.name())) {
                return Optional.empty();
            }
            JwtClaims claims = new JwtClaims();
            values.forEach((name, value) -> claims.setClaim(name, asJose4j(value)));
            claims.setClaim(Claims.raw_token.name(), token);
            return Optional.of(new OwnPrincipal(jwt.getType(), claims));
        } catch (JWTVerificationException | IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Null when the settings ask for more than this path checks (audience, token age, encryption, …). */
    private JWTVerifier verifierFor(JWTAuthContextInfo context) {
        Rules known = rules;
        if (known.context() == context) {
            return known.verifier();
        }
        JWTVerifier verifier = handles(context)
                ? JWT.require(rs256)
                        .withIssuer(context.getIssuedBy())
                        .withClaimPresence(Claims.exp.name())
                        .withClaimPresence(Claims.sub.name())
                        .acceptLeeway(leewaySeconds(context))
                        .build()
                : null;
        rules = new Rules(context, verifier);
        return verifier;
    }

    private boolean handles(JWTAuthContextInfo context) {
        return Set.of(SignatureAlgorithm.RS256).equals(context.getSignatureAlgorithm())
                && context.getIssuedBy() != null
                && (context.getPublicVerificationKey() == null || publicKey.equals(context.getPublicVerificationKey()))
                && context.getSecretVerificationKey() == null
                && context.getSecretKeyContent() == null
                && context.getPrivateDecryptionKey() == null
                && context.getSecretDecryptionKey() == null
                && context.getDecryptionKeyLocation() == null
                && context.getDecryptionKeyContent() == null
                && context.getTokenKeyId() == null
                && context.getExpectedAudience() == null
                && context.getMaxTimeToLiveSecs() == null
                && context.getTokenAge() == null
                && (context.getRequiredClaims() == null
                        || context.getRequiredClaims().isEmpty())
                && !context.isVerifyCertificateThumbprint()
                && (publicKey.getModulus().bitLength() >= SMALLEST_RSA_KEY_BITS
                        || context.isRelaxVerificationKeyValidation());
    }

    /** SmallRye's allowance for the clocks (past the expiry, before nbf): the grace period, else the clock skew. */
    private static long leewaySeconds(JWTAuthContextInfo context) {
        if (context.getExpGracePeriodSecs() > 0) {
            return context.getExpGracePeriodSecs();
        }
        return Math.max(context.getClockSkew(), 0);
    }

    private static boolean isListOfStrings(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    /** jose4j reads every JSON integer as a Long; Jackson reads small ones as Integer. */
    private static Object asJose4j(Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OwnTokenVerifier::asJose4j).toList();
        }
        return value;
    }

    private record Rules(JWTAuthContextInfo context, JWTVerifier verifier) {}
}
