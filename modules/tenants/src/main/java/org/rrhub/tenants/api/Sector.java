package org.rrhub.tenants.api;

import org.rrhub.core.api.InvalidInputException;

/** The kind of provider organisation, as the pledge form asks for it; also the benchmarking peer group. */
public enum Sector {
    NHS_TRUST("NHS trust"),
    INDEPENDENT_PROVIDER("Independent provider"),
    ACADEMY_TRUST("Academy trust"),
    CHILDRENS_HOME("Children's home"),
    SOCIAL_CARE_PROVIDER("Social care provider");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a sector as sent by a form or the API: blank is "not given" (null), anything unknown is refused. */
    public static Sector fromInput(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sector", "Select the sector: one of " + java.util.Arrays.toString(values()));
        }
    }
}
