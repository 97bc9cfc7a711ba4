package org.rrhub.incidents.api;

/** Where a provider's rate falls among its peers'; the lowest quarter has the fewest interventions per bed day. */
public enum Quarter {
    LOWEST("lowest quarter"),
    SECOND("second quarter"),
    THIRD("third quarter"),
    HIGHEST("highest quarter");

    private final String label;

    Quarter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
