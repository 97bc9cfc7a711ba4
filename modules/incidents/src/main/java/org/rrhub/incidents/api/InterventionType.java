package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/** The kinds of restrictive intervention a provider must report (Standard 1.5.I), so rates can be compared by kind. */
public enum InterventionType implements Coded {
    PHYSICAL_RESTRAINT("physical_restraint", "Physical restraint"),
    MECHANICAL_RESTRAINT("mechanical_restraint", "Mechanical restraint"),
    RAPID_TRANQUILLISATION("rapid_tranquillisation", "Rapid tranquillisation"),
    SECLUSION("seclusion", "Seclusion"),
    LONG_TERM_SEGREGATION("long_term_segregation", "Long-term segregation"),
    ENHANCED_OBSERVATION("enhanced_observation", "Enhanced observation");

    private static final CodeTable<InterventionType> CODES = CodeTable.of(values());

    private final String code;
    private final String label;

    InterventionType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether the person was restrained (held or restrained with equipment), so a medical review within one hour of
     * its start is expected (Standard 2.5.2.XI).
     */
    public boolean isRestraint() {
        return this == PHYSICAL_RESTRAINT || this == MECHANICAL_RESTRAINT;
    }

    /** The type written as {@code code} in an extract (case and surrounding spaces ignored), if there is one. */
    public static Optional<InterventionType> fromCode(String code) {
        return CODES.find(code);
    }

    /** All codes, comma-separated, for messages and the format page. */
    public static String codeList() {
        return CODES.codeList();
    }
}
