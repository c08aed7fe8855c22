package kr.axcampus.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/** Objects as files in a folder: the embedded default's store. Keys never come from users. */
class LocalObjectStorage implements ObjectStorage {
    private final Path root;
    private final SignedLinks links;

    LocalObjectStorage(Path root, SignedLinks links) {
        this.root = root.toAbsolutePath().normalize();
        this.links = links;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot create " + this.root, e);
        }
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot store " + key, e);
        }
    }

    @Override
    public InputStream get(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot read " + key, e);
        }
    }

    @Override
    public void remove(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new StorageUnavailableException("cannot remove " + key, e);
        }
    }

    /** A signed, expiring application path; the app serves it (there is no S3 to hand the bytes). */
    @Override
    public URI downloadUrl(String key, Download download) {
        resolve(key);
        return URI.create(links.sign(key, download, Instant.now()));
    }

    @Override
    public boolean isReachable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    @Override
    public String describe() {
        return "local " + root;
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("object key escapes the store: " + key);
        }
        return path;
    }
}
