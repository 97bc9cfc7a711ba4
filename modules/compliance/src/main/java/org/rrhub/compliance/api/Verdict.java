package org.rrhub.compliance.api;

/** A reviewer's view of the status a provider gave itself for one statement. */
public enum Verdict {
    AGREE("Agree"),
    DISAGREE("Disagree");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
