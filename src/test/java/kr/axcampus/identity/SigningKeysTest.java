package kr.axcampus.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.axcampus.launch.KeyPairFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys come from PEM files or from the PEM text itself (an environment variable fed from a secret). */
class SigningKeysTest {
    @TempDir
    Path folder;

    private KeyPairFiles files;
    private String privatePem;
    private String publicPem;

    @BeforeEach
    void keyPair() throws Exception {
        files = KeyPairFiles.inFolder(folder);
        privatePem = Files.readString(files.privateKey(), StandardCharsets.US_ASCII);
        publicPem = Files.readString(files.publicKey(), StandardCharsets.US_ASCII);
    }

    private static SigningKeys keys(
            String privateInline, String privateLocation, String publicInline, String publicLocation) {
        return new SigningKeys(
                Optional.ofNullable(privateInline),
                Optional.ofNullable(privateLocation),
                Optional.ofNullable(publicInline),
                Optional.ofNullable(publicLocation));
    }

    @Test
    void filesByPathOrFileUri() {
        SigningKeys byPath = keys(
                null, files.privateKey().toString(), null, files.publicKey().toString());
        SigningKeys byUri = keys(
                null,
                files.privateKey().toUri().toString(),
                null,
                files.publicKey().toUri().toString());
        assertEquals(byPath.keyId(), byUri.keyId());
        assertEquals("RSA", byPath.privateKey().getAlgorithm());
    }

    @Test
    void inlinePemGivesTheSameKeysAsTheFiles() {
        String fromFiles = keys(
                        null,
                        files.privateKey().toString(),
                        null,
                        files.publicKey().toString())
                .keyId();
        assertEquals(fromFiles, keys(privatePem, null, publicPem, null).keyId());
        // An env file that stores the PEM on one line with literal \n.
        assertEquals(
                fromFiles,
                keys(privatePem.replace("\n", "\\n"), null, publicPem.replace("\n", "\\n"), null)
                        .keyId());
        // Only the base64 body, without the BEGIN/END lines.
        assertEquals(
                fromFiles, keys(body(privatePem), null, body(publicPem), null).keyId());
    }

    @Test
    void eachKeyMayComeFromEitherFormAndInlineWins() {
        String fromFiles = keys(
                        null,
                        files.privateKey().toString(),
                        null,
                        files.publicKey().toString())
                .keyId();
        assertEquals(
                fromFiles,
                keys(privatePem, null, null, files.publicKey().toString()).keyId());
        assertEquals(
                fromFiles,
                keys(null, files.privateKey().toString(), publicPem, null).keyId());
        assertEquals(
                fromFiles,
                keys(privatePem, "/no/such/file.pem", publicPem, "/no/such/public.pem")
                        .keyId());
        // SmallRye JWT's default for the inline settings is the word NONE.
        assertEquals(
                fromFiles,
                keys(
                                "NONE",
                                files.privateKey().toString(),
                                "NONE",
                                files.publicKey().toString())
                        .keyId());
    }

    @Test
    void aMissingKeyNamesBothSettingsAndTheirEnvironmentVariables() {
        var e = assertThrows(IllegalStateException.class, () -> keys(null, null, publicPem, null));
        assertTrue(e.getMessage().contains("SMALLRYE_JWT_SIGN_KEY_LOCATION"), e.getMessage());
        assertTrue(e.getMessage().contains("(SMALLRYE_JWT_SIGN_KEY)"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> keys(privatePem, null, " ", null));
        assertTrue(e.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY"), e.getMessage());
    }

    @Test
    void pemTextInALocationSettingPointsToTheInlineSetting() {
        var e = assertThrows(
                IllegalStateException.class, () -> keys(null, files.privateKey().toString(), null, publicPem));
        assertTrue(
                e.getMessage().contains("holds PEM text") && e.getMessage().contains("MP_JWT_VERIFY_PUBLICKEY)"),
                e.getMessage());
    }

    @Test
    void unreadableOrInvalidKeysAreNamed() {
        var e = assertThrows(IllegalStateException.class, () -> keys(null, "/no/such/file.pem", publicPem, null));
        assertTrue(e.getMessage().contains("/no/such/file.pem"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> keys("not a key", null, publicPem, null));
        assertTrue(e.getMessage().contains("smallrye.jwt.sign.key"), e.getMessage());
    }

    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
