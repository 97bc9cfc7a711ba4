package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/** The person's gender, so differences in the use of restrictive practice can be seen (Standard 1.5.III). */
public enum Gender implements Coded {
    FEMALE("female", "Female"),
    MALE("male", "Male"),
    NON_BINARY("non_binary", "Non-binary"),
    OTHER("other", "Other"),
    NOT_KNOWN("not_known", "Not known");

    private static final CodeTable<Gender> CODES = CodeTable.of(values());

    private final String code;
    private final String label;

    Gender(String code, String label) {
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
    public static Optional<Gender> fromCode(String code) {
        return CODES.find(code);
    }

    /** All codes, comma-separated, for messages and the format page. */
    public static String codeList() {
        return CODES.codeList();
    }
}
