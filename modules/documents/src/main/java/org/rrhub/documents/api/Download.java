package org.rrhub.documents.api;

import java.io.IOException;
import java.io.InputStream;

/** A stored file to send: its name, the type detected when it was uploaded, and its bytes. */
public record Download(String fileName, String mediaType, long size, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
