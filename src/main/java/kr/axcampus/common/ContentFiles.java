package kr.axcampus.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    private Path packagedRoot;

    public ContentFiles(@ConfigProperty(name = "axcampus.content.dir") Optional<String> dir) {
        this.dir = dir.filter(d -> !d.isBlank());
    }

    /**
     * The content folder as a path to walk: the configured folder, the packaged copy's
     * folder on the class path, or (inside the packaged jar) a zip file system over it.
     */
    public synchronized Path root() {
        if (dir.isPresent()) {
            return Path.of(dir.get());
        }
        if (packagedRoot == null) {
            packagedRoot = packagedRoot();
        }
        return packagedRoot;
    }

    private static Path packagedRoot() {
        try {
            URL marker = Thread.currentThread().getContextClassLoader().getResource("content/README.md");
            if (marker == null) {
                throw new IOException("the packaged content folder is missing");
            }
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.provider().getPath(uri).getParent();
            }
            return Path.of(uri).getParent();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot open the packaged content folder", e);
        }
    }

    /** Opens a file by its path relative to the content folder. */
    public InputStream open(String relativePath) {
        try {
            if (dir.isPresent()) {
                return Files.newInputStream(Path.of(dir.get()).resolve(relativePath));
            }
            InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream("content/" + relativePath);
            if (in == null) {
                throw new IOException("content/" + relativePath + " is not packaged");
            }
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content file " + relativePath, e);
        }
    }
}
