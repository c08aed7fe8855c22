package kr.axcampus.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The digest a start-up compares: any byte, any name, any new file or a new release changes it. */
class ContentDigestTest {
    @TempDir
    Path root;

    @Test
    void theSameFilesGiveTheSameDigestAndAnyChangeAnother() throws IOException {
        Files.createDirectories(root.resolve("courses/A"));
        Files.writeString(root.resolve("tags.yaml"), "tags: []\n");
        Files.writeString(root.resolve("courses/A/course.yaml"), "code: A\n");
        String first = ContentDigest.of(root, "1.0");
        assertEquals(first, ContentDigest.of(root, "1.0"));
        assertNotEquals(first, ContentDigest.of(root, "1.1"), "a new release reads again");

        Files.writeString(root.resolve("courses/A/course.yaml"), "code: B\n");
        String edited = ContentDigest.of(root, "1.0");
        assertNotEquals(first, edited);

        Files.move(root.resolve("courses/A/course.yaml"), root.resolve("courses/A/course2.yaml"));
        String renamed = ContentDigest.of(root, "1.0");
        assertNotEquals(edited, renamed);

        Files.writeString(root.resolve("courses/A/notes.md"), "");
        assertNotEquals(renamed, ContentDigest.of(root, "1.0"), "even an empty new file");
    }
}
