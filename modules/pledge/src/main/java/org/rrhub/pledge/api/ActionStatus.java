package org.rrhub.pledge.api;

/** Where an action is. A dropped action keeps the reason it was dropped. */
public enum ActionStatus {
    NOT_STARTED("Not started", true),
    IN_PROGRESS("In progress", true),
    DONE("Done", false),
    DROPPED("Dropped", false);

    private final String label;
    private final boolean open;

    ActionStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Still to be delivered: counts as open, and as overdue once its due date has passed. */
    public boolean isOpen() {
        return open;
    }
}
