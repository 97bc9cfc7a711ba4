package org.rrhub.documents.api;

/** Somebody changed the document since the caller loaded it. */
public class DocumentConflictException extends RuntimeException {

    private final long currentVersion;

    public DocumentConflictException(long currentVersion, String by) {
        super("This document was changed by " + by + " since you opened it");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
