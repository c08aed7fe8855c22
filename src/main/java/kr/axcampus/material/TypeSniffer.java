package kr.axcampus.material;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

/**
 * The type of an upload from its first bytes (Apache Tika's magic detection). The file name only
 * refines a generic container the bytes prove (a ZIP that is an XLSX, text that is CSV); it
 * never turns an executable into a PDF.
 */
@ApplicationScoped
public class TypeSniffer {
    /** How many leading bytes detection may look at; the stream must support mark/reset that far. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Set<String> ZIP_FAMILY = Set.of("application/zip", "application/x-tika-ooxml");
    private static final Set<String> TEXT_FAMILY = Set.of("text/plain");

    private final Tika tika = new Tika();

    /** Detects from the stream's head and resets it, so the caller can still store every byte. */
    public String detect(InputStream content, String fileName) throws IOException {
        String byBytes = tika.detect(content);
        String byName = tika.detect(fileName);
        if (ZIP_FAMILY.contains(byBytes)
                && (byName.startsWith("application/vnd.openxmlformats") || byName.equals("application/zip"))) {
            return byName;
        }
        if (TEXT_FAMILY.contains(byBytes)
                && (byName.startsWith("text/")
                        || byName.equals("application/json")
                        || byName.equals("application/x-ipynb+json"))) {
            return byName;
        }
        return byBytes;
    }
}
