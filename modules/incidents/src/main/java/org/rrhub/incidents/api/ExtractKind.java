package org.rrhub.incidents.api;

/** The two CSV extracts a provider uploads, each with its own documented columns. */
public enum ExtractKind {
    INCIDENTS("incidents", "Restrictive interventions"),
    BED_DAYS("bed_days", "Occupied bed days");

    private final String code;
    private final String label;

    ExtractKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** A stable name for URLs and template file names. */
    public String code() {
        return code;
    }

    /** Plain English for pages. */
    public String label() {
        return label;
    }
}
