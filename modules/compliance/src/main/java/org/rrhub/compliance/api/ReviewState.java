package org.rrhub.compliance.api;

/**
 * Where a peer review of a self-assessment stands: the reviewer drafts it, shares it with the provider, the
 * provider answers the findings and responds, and the reviewer closes it.
 */
public enum ReviewState {
    DRAFT("Draft"),
    SHARED("Shared with the provider"),
    RESPONDED("Provider responded"),
    CLOSED("Closed");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
