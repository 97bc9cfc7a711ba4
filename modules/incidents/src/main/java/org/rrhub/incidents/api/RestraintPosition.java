package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/** The position a person was held in during physical restraint, because prone restraint carries the greatest risk and many policies ban it. */
public enum RestraintPosition implements Coded {
    PRONE("prone", "Prone (face down)"),
    SUPINE("supine", "Supine (face up)"),
    SEATED("seated", "Seated"),
    STANDING("standing", "Standing"),
    KNEELING("kneeling", "Kneeling"),
    OTHER("other", "Other");

    private static final CodeTable<RestraintPosition> CODES = CodeTable.of(values());

    private final String code;
    private final String label;

    RestraintPosition(String code, String label) {
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
    public static Optional<RestraintPosition> fromCode(String code) {
        return CODES.find(code);
    }

    /** All codes, comma-separated, for messages and the format page. */
    public static String codeList() {
        return CODES.codeList();
    }
}
