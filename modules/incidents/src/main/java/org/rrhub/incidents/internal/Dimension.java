package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.DurationBand;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.RestraintPosition;

import java.util.Arrays;
import java.util.List;

/**
 * The coded characteristics of an incident the insight breaks counts down by (Standard 1.5.III, and the durations and
 * positions of 1.5.I), each with the {@link Incident} attribute it is stored in and the codes it can hold (its enum's
 * names, as stored). The dimensions' names are stored in the summary: they are stable.
 */
enum Dimension {
    AGE_BAND("ageBand", AgeBand.values()),
    GENDER("gender", Gender.values()),
    ETHNIC_GROUP("ethnicGroup", EthnicGroup.values()),
    DURATION_BAND("durationBand", DurationBand.values()),
    /** Recorded for physical restraint only: the other incidents have no position to count. */
    POSITION("position", RestraintPosition.values());

    private final String attribute;
    private final List<String> codes;

    Dimension(String attribute, Enum<?>[] codes) {
        this.attribute = attribute;
        this.codes = Arrays.stream(codes).map(Enum::name).toList();
    }

    String attribute() {
        return attribute;
    }

    List<String> codes() {
        return codes;
    }

    /** The codes of all dimensions together. */
    static int codeCount() {
        return Arrays.stream(values()).mapToInt(dimension -> dimension.codes.size()).sum();
    }
}
