package org.rrhub.incidents.api;

/** The kinds of patient identifier an extract is refused for, each with a message that does not repeat the value. */
public enum IdentifierKind {
    NHS_NUMBER("This looks like an NHS number."),
    NAME_WITH_TITLE("This looks like a person's name with a title (such as Mr, Mrs or Dr)."),
    EMAIL_ADDRESS("This looks like an e-mail address."),
    POSTCODE("This looks like a postcode."),
    IDENTIFIER_COLUMN("This column's name says it holds a patient identifier.");

    private static final String REMEDY =
            " Remove patient identifiers from the extract: this service holds anonymised data only.";

    private final String seen;

    IdentifierKind(String seen) {
        this.seen = seen;
    }

    /** What was seen and what to do, for the provider; never includes the value itself. */
    public String message() {
        return seen + REMEDY;
    }
}
