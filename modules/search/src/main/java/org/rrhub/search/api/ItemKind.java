package org.rrhub.search.api;

/** What a search result is: every kind of thing a tenant writes is searchable. */
public enum ItemKind {
    DOCUMENT("Document"),
    PLAN("Pledge action plan"),
    ACTION("Plan action"),
    ANSWER("Self-assessment answer"),
    FINDING("Review finding");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
