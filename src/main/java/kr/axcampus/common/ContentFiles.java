package kr.axcampus.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The content catalogue ({@code content/}): read from {@code axcampus.content.dir}
 * when set, otherwise from the copy packaged inside the application, so the
 * packaged app runs from any working directory.
 */
@ApplicationScoped
public class ContentFiles {
    private final Optional<String> dir;

    public ContentFiles(@ConfigProperty(name = "axcampus.content.dir") Optional<String> dir) {
        this.dir = dir.filter(d -> !d.isBlank());
    }

    /** Opens a file by its path relative to the content folder. */
    public InputStream open(String relativePath) {
        try {
            if (dir.isPresent()) {
                return Files.newInputStream(Path.of(dir.get()).resolve(relativePath));
            }
            InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("content/" + relativePath);
            if (in == null) {
                throw new IOException("content/" + relativePath + " is not packaged");
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content file " + relativePath, e);
        }
    }
}
