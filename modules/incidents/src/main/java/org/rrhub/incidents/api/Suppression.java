package org.rrhub.incidents.api;

/** Why a group's count is hidden, so a page can say so truthfully ("fewer than 5" is false for a hidden 12). */
public enum Suppression {
    NONE(null),
    SMALL_NUMBER(SmallNumbers.FEWER_THAN_5),
    SECONDARY("not shown, so that a smaller figure cannot be worked out");

    private final String display;

    Suppression(String display) {
        this.display = display;
    }

    /** What to show in place of the count; null when the count is shown. */
    public String display() {
        return display;
    }
}
