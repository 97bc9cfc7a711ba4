package org.rrhub.incidents.api;

/** Where an accepted extract is: being stored, stored, or failed (then nothing of it was stored). */
public enum ImportState {
    STORING("Storing"),
    STORED("Stored"),
    FAILED("Failed: nothing was stored");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
