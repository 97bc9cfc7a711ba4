package org.rrhub.documents.internal;

import org.rrhub.core.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a local temporary file while its SHA-256 and size are computed; refused as soon as it passes
 * the size limit, so an oversized upload never fills the disk. Close it to delete the temporary file.
 */
final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final String sha256;
    private final long size;

    private ReceivedFile(Path path, String sha256, long size) {
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    static ReceivedFile receive(InputStream content, long maxBytes) {
        Path path = null;
        try {
            path = Files.createTempFile("rrhub-upload-", ".bin");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw InvalidInputException.of("file", "The file must be smaller than "
                                + (maxBytes / (1024 * 1024)) + " MB");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw InvalidInputException.of("file", "The selected file is empty");
            }
            return new ReceivedFile(path, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            delete(path);
            throw InvalidInputException.of("file", "The file could not be received. Try again");
        } catch (NoSuchAlgorithmException e) {
            delete(path);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            delete(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    String sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A temporary file left behind is removed by the system's temp cleaning.
            }
        }
    }
}
