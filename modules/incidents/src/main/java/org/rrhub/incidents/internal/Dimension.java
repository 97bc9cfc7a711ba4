package org.rrhub.incidents.internal;

/**
 * The coded characteristics of an incident the insight breaks counts down by (Standard 1.5.III and the durations and
 * positions of 1.5.I), each with the {@code incident} column it is stored in. The names are stored in the summary's
 * {@code dimension} column: they are stable.
 */
enum Dimension {
    AGE_BAND("age_band"),
    GENDER("gender"),
    ETHNIC_GROUP("ethnic_group"),
    DURATION_BAND("duration_band"),
    /** Recorded for physical restraint only: the other incidents have no position to count. */
    POSITION("restraint_position");

    private final String incidentColumn;

    Dimension(String incidentColumn) {
        this.incidentColumn = incidentColumn;
    }

    String incidentColumn() {
        return incidentColumn;
    }
}
