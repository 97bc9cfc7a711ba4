package org.rrhub.incidents.api;

/**
 * Where an upload is: refused when checked (a problem in any row: nothing of it is stored, its problems are kept), or,
 * once accepted, being stored, stored, or failed (then nothing of it was stored).
 */
public enum ImportState {
    STORING("Storing"),
    STORED("Stored"),
    FAILED("Failed: nothing was stored"),
    REFUSED("Refused: nothing was stored");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
