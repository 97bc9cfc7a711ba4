package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/** The person's age in bands rather than a date of birth, so extracts stay anonymous while age can still be analysed (Standard 1.5.III). */
public enum AgeBand implements Coded {
    UNDER_18("under_18", "Under 18"),
    AGE_18_24("18_24", "18 to 24"),
    AGE_25_34("25_34", "25 to 34"),
    AGE_35_44("35_44", "35 to 44"),
    AGE_45_54("45_54", "45 to 54"),
    AGE_55_64("55_64", "55 to 64"),
    AGE_65_PLUS("65_plus", "65 and over"),
    NOT_KNOWN("not_known", "Not known");

    private static final CodeTable<AgeBand> CODES = CodeTable.of(values());

    private final String code;
    private final String label;

    AgeBand(String code, String label) {
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

    /** The value written as {@code code} in an extract (case and surrounding spaces ignored), if there is one. */
    public static Optional<AgeBand> fromCode(String code) {
        return CODES.find(code);
    }

    /** All codes, comma-separated, for messages and the format page. */
    public static String codeList() {
        return CODES.codeList();
    }
}
