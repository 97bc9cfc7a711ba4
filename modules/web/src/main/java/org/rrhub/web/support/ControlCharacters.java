package org.rrhub.web.support;

/**
 * The rule for text people and systems send: no control characters but tab, carriage return and line feed. NUL
 * cannot be stored at all (PostgreSQL refuses it, which answered 500), and the others (escape codes, backspace,
 * the C1 range) corrupt pages, exports and logs. Applied once, where bodies are read: {@code TextFieldFilter} for
 * forms and JSON bodies, {@link MultipartForm} for the text fields of uploads. CSV extracts and uploaded files are
 * not text fields: they keep their own checks, reported by row and column.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "This contains a control character (such as NUL or an escape code), which "
            + "cannot be stored. Remove it; tabs and line breaks are allowed.";

    private ControlCharacters() {
    }

    public static boolean isRefused(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    public static boolean anyIn(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text without its refused characters, to show a refused form again (a NUL cannot go back into a page). */
    public static String removedFrom(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isRefused(text.charAt(i))) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }
}
