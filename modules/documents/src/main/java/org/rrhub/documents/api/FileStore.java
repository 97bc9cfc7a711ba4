package org.rrhub.documents.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file bytes live, addressed by the SHA-256 of their content. The local directory is the default; the
 * interface is small enough for an S3-compatible store. A file is visible only once it is completely written.
 */
public interface FileStore {

    /** Stores the (already complete, local) file under its hash; storing the same content twice is harmless. */
    void put(String sha256, Path completeFile) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean exists(String sha256);
}
