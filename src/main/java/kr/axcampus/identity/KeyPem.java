package kr.axcampus.identity;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The PEM text of one key and where it came from: the inline setting (PEM text,
 * as an environment variable fed from a secret usually holds it) wins over the
 * location setting (a file path or {@code file:} URI). A location that holds PEM
 * text is refused with a message naming the inline setting, because the token
 * verifier would read it as a path.
 */
record KeyPem(String text, String origin) {

    static KeyPem of(String inlineSetting, Optional<String> inline, String locationSetting, Optional<String> location) {
        Optional<String> given = inline.filter(KeyPem::isSet);
        if (given.isPresent()) {
            return new KeyPem(normalized(given.get()), inlineSetting + " (" + environmentName(inlineSetting) + ")");
        }
        String path = location.filter(KeyPem::isSet)
                .map(String::trim)
                .orElseThrow(() -> new IllegalStateException(
                        "no JWT key configured: set " + locationSetting + " (" + environmentName(locationSetting)
                                + ") to a PEM file, or " + inlineSetting + " (" + environmentName(inlineSetting)
                                + ") to the PEM text"));
        if (path.startsWith("-----BEGIN")) {
            throw new IllegalStateException(locationSetting + " holds PEM text, not a file: put the PEM text in "
                    + inlineSetting + " (" + environmentName(inlineSetting) + ") instead");
        }
        try {
            Path file = path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
            return new KeyPem(Files.readString(file, StandardCharsets.US_ASCII), locationSetting + " = " + path);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "cannot read the JWT key file " + path + " named by " + locationSetting + ": " + e.getMessage(), e);
        }
    }

    /** SmallRye JWT defaults its inline key settings to the word NONE: that means "not set". */
    private static boolean isSet(String value) {
        return !value.isBlank() && !"NONE".equals(value.trim());
    }

    /** Env files and some secret stores turn newlines into a literal backslash-n; PEM needs real ones. */
    static String normalized(String pem) {
        return pem.replace("\\r\\n", "\n").replace("\\n", "\n").trim();
    }

    static String environmentName(String setting) {
        return setting.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
