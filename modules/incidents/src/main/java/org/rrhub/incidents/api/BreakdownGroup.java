package org.rrhub.incidents.api;

/**
 * One group of a demographic breakdown as it may be shown.
 *
 * @param shown the count, or null when it is hidden
 */
public record BreakdownGroup(String label, Long shown, Suppression suppression) {

    public boolean suppressed() {
        return suppression != Suppression.NONE;
    }

    /** The count, or what to show in its place. */
    public String display() {
        return suppressed() ? suppression.display() : Long.toString(shown);
    }
}
