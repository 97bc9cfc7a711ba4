package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/** The person's ethnic group in the ONS 2021 census high-level categories, so disproportionate use of restrictive practice can be seen (Standard 1.5.III). */
public enum EthnicGroup implements Coded {
    ASIAN("asian", "Asian, Asian British or Asian Welsh"),
    BLACK("black", "Black, Black British, Black Welsh, Caribbean or African"),
    MIXED("mixed", "Mixed or multiple ethnic groups"),
    WHITE("white", "White"),
    OTHER("other", "Other ethnic group"),
    NOT_STATED("not_stated", "Not stated");

    private static final CodeTable<EthnicGroup> CODES = CodeTable.of(values());

    private final String code;
    private final String label;

    EthnicGroup(String code, String label) {
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
    public static Optional<EthnicGroup> fromCode(String code) {
        return CODES.find(code);
    }

    /** All codes, comma-separated, for messages and the format page. */
    public static String codeList() {
        return CODES.codeList();
    }
}
