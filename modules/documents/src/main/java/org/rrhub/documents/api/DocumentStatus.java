package org.rrhub.documents.api;

/** Where a document is in its life. */
public enum DocumentStatus {
    DRAFT("Draft"),
    APPROVED("Approved"),
    SUPERSEDED("Superseded"),
    WITHDRAWN("Withdrawn");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
