package kr.axcampus.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA-256 over a content folder as it is on disk — every file's path and bytes, in path order —
 * and the release reading it: equal digests mean an import would find exactly what the last one
 * found. Reading the bytes costs milliseconds; parsing, rendering and checking them costs a
 * second of a start-up on one core, so a start with unchanged content skips that.
 */
final class ContentDigest {
    private ContentDigest() {}

    static String of(Path root, String release) {
        MessageDigest digest = CatalogReader.sha256Digest();
        digest.update(release.getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
                    .toList();
            for (Path file : files) {
                digest.update(("\0" + relative(root, file) + "\0").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the content folder " + root, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
