package org.rrhub.compliance.api;

/** A provider's own view of how far it meets a statement. */
public enum ComplianceStatus {
    MET("Met"),
    PARTIALLY_MET("Partially met"),
    NOT_MET("Not met"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    ComplianceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
