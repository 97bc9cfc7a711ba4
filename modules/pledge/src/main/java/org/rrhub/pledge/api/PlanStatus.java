package org.rrhub.pledge.api;

/** Where a plan is in the RRN pledge cycle. */
public enum PlanStatus {
    DRAFT("Draft", true),
    SUBMITTED("Submitted to the RRN", false),
    RETURNED("Returned with comments", true),
    PUBLISHED("Accepted and published", false);

    private final String label;
    private final boolean editable;

    PlanStatus(String label, boolean editable) {
        this.label = label;
        this.editable = editable;
    }

    public String label() {
        return label;
    }

    /** A submitted or published plan cannot be changed; a returned one can, for resubmission. */
    public boolean isEditable() {
        return editable;
    }
}
