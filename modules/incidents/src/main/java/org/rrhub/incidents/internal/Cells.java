package org.rrhub.incidents.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static org.rrhub.incidents.internal.CsvExtractReader.quoted;

/**
 * Reads typed values from a row's cells, reporting a problem in the provider's terms when a value is wrong. Each
 * method returns null when the cell is empty, wrong (reported) or not readable (absent column, refused identifier),
 * so rules that combine columns only run on values that are there.
 *
 * <p>Dates, months and numbers are read by hand rather than with formatters or patterns: the format is fixed, and
 * a 100,000-row file has several hundred thousand of them.
 */
final class Cells {

    public static final int MAX_TEXT_LENGTH = 120;
    private static final String DATE_TIME_FORM = "in the form 2026-03-14T09:30 or 2026-03-14 09:30 (seconds may "
            + "follow, as in 09:30:00)";

    private Cells() {
    }

    /** Empty cells are a problem for a required column; an absent optional column reads as empty. */
    public static boolean isEmpty(Row row, int column, boolean required) {
        String value = row.value(column);
        if (value == null || !value.isEmpty()) {
            return false;
        }
        if (required) {
            row.problem(column, "A value is needed here.");
        }
        return true;
    }

    /** A name such as a service or ward: 1 to 120 characters, no control characters (they break pages and exports). */
    public static String name(Row row, int column) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, true)) {
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            row.problem(column, "This is " + value.length() + " characters long; at most " + MAX_TEXT_LENGTH
                    + " are allowed.");
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                row.problem(column, "This contains a control character (such as a line break or tab). Remove it.");
                return null;
            }
        }
        return value;
    }

    public static <E> E code(Row row, int column, boolean required, Function<String, Optional<E>> lookup,
                             String what, String codeList) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, required)) {
            return null;
        }
        Optional<E> found = lookup.apply(value);
        if (found.isEmpty()) {
            withValue(row, column, value, " is not " + what + ". Use one of: " + codeList + ".");
            return null;
        }
        return found.get();
    }

    /** Yes or no, written in any of the ways spreadsheets and systems export it. */
    public static Boolean yesNo(Row row, int column) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, true)) {
            return null;
        }
        if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("y") || value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("no") || value.equalsIgnoreCase("n") || value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        withValue(row, column, value, " is not yes or no. Use yes or no (y, n, true and false are read too).");
        return null;
    }

    public static Integer wholeNumber(Row row, int column, int min, int max, String unit) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, true)) {
            return null;
        }
        boolean negative = value.charAt(0) == '-';
        int start = negative || value.charAt(0) == '+' ? 1 : 0;
        long number = 0;
        boolean digits = start < value.length();
        for (int i = start; i < value.length() && digits; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                number = Math.min(number * 10 + (c - '0'), (long) Integer.MAX_VALUE + 1);
            } else {
                digits = false;
            }
        }
        if (!digits) {
            withValue(row, column, value, " is not a whole number of " + unit + ".");
            return null;
        }
        long signed = negative ? -number : number;
        if (signed < min || signed > max) {
            row.problem(column, "This must be between " + String.format(Locale.UK, "%,d", min) + " and "
                    + String.format(Locale.UK, "%,d", max) + " " + unit + ".");
            return null;
        }
        return (int) signed;
    }

    /**
     * A local date and time, ISO style with a T or a space; never after {@code now}, because an extract reports what
     * has happened.
     */
    public static LocalDateTime dateTime(Row row, int column, boolean required, LocalDateTime now) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, required)) {
            return null;
        }
        LocalDateTime parsed;
        try {
            parsed = parseDateTime(value);
        } catch (DateTimeException notReal) {
            withValue(row, column, value, " is not a real date and time.");
            return null;
        }
        if (parsed == null) {
            String hint = value.indexOf('/') >= 0 ? " Spreadsheets often change dates to 14/03/2026 09:30: format "
                    + "the column as yyyy-mm-dd hh:mm before saving." : "";
            withValue(row, column, value, " is not a date and time " + DATE_TIME_FORM + "." + hint);
            return null;
        }
        if (parsed.isAfter(now)) {
            row.problem(column, "This date and time is in the future.");
            return null;
        }
        return parsed;
    }

    /** A calendar month as YYYY-MM; never after the current month. */
    public static YearMonth month(Row row, int column, YearMonth current) {
        String value = row.value(column);
        if (value == null || isEmpty(row, column, true)) {
            return null;
        }
        YearMonth month = null;
        if (value.length() == 7 && value.charAt(4) == '-' && digitsAt(value, 0, 4) && digitsAt(value, 5, 2)) {
            int monthNumber = number(value, 5, 2);
            if (monthNumber >= 1 && monthNumber <= 12) {
                month = YearMonth.of(number(value, 0, 4), monthNumber);
            }
        }
        if (month == null) {
            withValue(row, column, value, " is not a month in the form 2026-03.");
            return null;
        }
        if (month.isAfter(current)) {
            row.problem(column, "This month is in the future.");
            return null;
        }
        return month;
    }

    /**
     * A problem that quotes the cell's value at upload, so the provider spots it ("'hold' is not a type ..."), and
     * reads "This value is not a type ..." in the record kept of the refused import.
     */
    private static void withValue(Row row, int column, String value, String problem) {
        row.problem(column, quoted(value) + problem, "This value" + problem);
    }

    /** yyyy-MM-dd then T or space then HH:mm, optionally :ss; null when the shape is wrong. */
    static LocalDateTime parseDateTime(String value) {
        int length = value.length();
        if (length != 16 && length != 19) {
            return null;
        }
        char separator = value.charAt(10);
        boolean shape = digitsAt(value, 0, 4) && value.charAt(4) == '-' && digitsAt(value, 5, 2)
                && value.charAt(7) == '-' && digitsAt(value, 8, 2) && (separator == 'T' || separator == 't'
                || separator == ' ') && digitsAt(value, 11, 2) && value.charAt(13) == ':' && digitsAt(value, 14, 2)
                && (length == 16 || value.charAt(16) == ':' && digitsAt(value, 17, 2));
        if (!shape) {
            return null;
        }
        int seconds = length == 19 ? number(value, 17, 2) : 0;
        return LocalDateTime.of(number(value, 0, 4), number(value, 5, 2), number(value, 8, 2),
                number(value, 11, 2), number(value, 14, 2), seconds);
    }

    private static boolean digitsAt(String value, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }
}
