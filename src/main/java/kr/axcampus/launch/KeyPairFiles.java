package kr.axcampus.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RS256 key pair as PEM files, generated once and then reused, so tokens
 * stay valid across restarts of the embedded default. Tests use it too.
 */
public record KeyPairFiles(Path privateKey, Path publicKey) {

    public static KeyPairFiles inFolder(Path folder) throws IOException {
        KeyPairFiles files = new KeyPairFiles(folder.resolve("jwt-private.pem"), folder.resolve("jwt-public.pem"));
        if (!Files.exists(files.privateKey()) || !Files.exists(files.publicKey())) {
            Files.createDirectories(folder);
            KeyPair pair = generate();
            write(files.privateKey(), "PRIVATE KEY", pair.getPrivate().getEncoded());
            write(files.publicKey(), "PUBLIC KEY", pair.getPublic().getEncoded());
        }
        return files;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions apply.
        }
    }
}
