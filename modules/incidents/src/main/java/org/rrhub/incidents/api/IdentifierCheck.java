package org.rrhub.incidents.api;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses values and column names that look like patient identifiers, because the product holds anonymised data
 * only and must not keep an identifier a provider exported by mistake. Every cell of an extract is checked, the header
 * included, whatever its column.
 *
 * <p>What is detected:
 * <ul>
 *   <li>NHS numbers: ten digits whose tenth is the NHS Modulus 11 check digit of the first nine, on their own or
 *   inside a longer value ("REF-9434765919"), or written in groups of one to four digits joined by white space or
 *   punctuation ("943 476 5919", "943.476.5919", "943/476/5919", "9 4 3 4 7 6 5 9 1 9").</li>
 *   <li>Names with a title: Mr, Mrs, Ms, Miss, Mx or Dr (any case, with or without a full stop) followed by a word
 *   or an initial ("Mr Smith", "Mrs J. Smith").</li>
 *   <li>E-mail addresses.</li>
 *   <li>UK postcodes, with or without the space ("LS1 4AP", "SW1A 1AA", "ls14ap").</li>
 *   <li>Column names that name an identifier (name, surname, nhs_number, dob, address, postcode, mrn,
 *   hospital_number and the like), compared ignoring case, spaces and punctuation.</li>
 * </ul>
 *
 * <p>Every value is first normalised the way a reader would see it, so an identifier cannot walk around the check
 * by how it is typed: Unicode NFKC (full-width digits and letters, the full-width at sign, no-break and other wide
 * spaces become their plain forms), format characters (category Cf: zero-width spaces and joiners, soft hyphens,
 * direction marks) removed, and decimal digits of other scripts read as digits. Dates and times inside a value
 * ("14/03/26 10:15", "2026-03-14 09:30:00") are recognised before digits are grouped, so their digits are never
 * read as an NHS number. The normalised text is only looked at: the value kept is the one sent.
 *
 * <p>False positives are accepted on purpose: refusing a harmless value costs the provider one edit, while keeping an
 * identifier would be a breach. Known cases:
 * <ul>
 *   <li>A random ten-digit number (a reference, a Unix timestamp) has a valid Modulus 11 check digit about 1 time in
 *   11, so about one such reference in eleven is refused as an NHS number; so is a run of short digit groups with
 *   ten digits in all ("12 34 5678 90", "+44 113 243 2799"). A group of five to nine or more than ten digits is never
 *   part of a candidate, so references such as "INC-2026-000123" or "INC-0000001" are never refused for this.</li>
 *   <li>Spaces around an at sign are ignored ("j.smith @ nhs.net"), so a value like "seen @ 9.Ward" reads as an
 *   e-mail address.</li>
 *   <li>A ward or service named after a doctor ("Dr Kershaw Unit"), or an abbreviation that spells a title ("MS
 *   Centre"), is refused as a name with a title.</li>
 *   <li>A code shaped like a postcode ("B12 3AD", "W1A1AA") is refused as a postcode.</li>
 * </ul>
 * Names without a title, and NHS numbers with a wrong check digit, are not detected: no rule can tell them from
 * ordinary words and numbers. The upload page asks for anonymised extracts; this check is a safety net, not the
 * control.
 *
 * <p>The check is a character scan; values of plain ASCII skip the Unicode normalisation, and the precompiled
 * e-mail and postcode patterns run only when the scan shows they could match (an @, or a digit followed by two letters
 * ending a word), so checking every cell of a 100,000-row file costs a fraction of a second.
 */
public final class IdentifierCheck {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** The Royal Mail format: outward code (area, district) and inward code (sector, unit); letters a unit never has are left out. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:GIR\\s*0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]"
                    + "|[A-HK-Y][0-9][ABEHMNPRVWXY])\\s*[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /** White space around an at sign or a full stop, as in "j.smith @ nhs . net". */
    private static final Pattern SPACE_AROUND_EMAIL_PUNCTUATION = Pattern.compile("\\s*([@.])\\s*");

    /** "(at)" and "[at]" written for the at sign, so that an address is not read by a machine. */
    private static final Pattern WRITTEN_AT = Pattern.compile("\\s*[(\\[]\\s*at\\s*[)\\]]\\s*",
            Pattern.CASE_INSENSITIVE);

    /** At most this many separator characters between two digit groups ("943 - 476 - 5919"). */
    private static final int MAX_SEPARATOR_RUN = 3;

    /** Titles longest first, so "Mrs" is not read as "Mr" followed by "s". */
    private static final String[] TITLES = {"miss", "mrs", "mr", "ms", "mx", "dr"};

    private static final Set<String> IDENTIFIER_COLUMNS = Set.of(
            "name", "names", "full_name", "fullname", "patient", "patient_name", "patientname", "person_name",
            "client_name", "service_user", "service_user_name", "resident_name", "child_name", "initials",
            "first_name", "firstname", "forename", "forenames", "given_name", "given_names", "middle_name",
            "last_name", "lastname", "surname", "family_name",
            "nhs", "nhs_number", "nhsnumber", "nhs_no", "nhsno", "nhs_num", "nhs_id", "chi", "chi_number",
            "dob", "d_o_b", "date_of_birth", "birth_date", "birthdate", "birthday",
            "address", "home_address", "address_line_1", "address_1", "street", "town",
            "postcode", "post_code", "zip", "zip_code", "zipcode",
            "mrn", "medical_record_number", "hospital_number", "hospital_no", "hospital_id", "case_number",
            "patient_id", "patient_number", "patient_no", "patient_ref", "patient_reference", "rio_number", "rio_id",
            "email", "e_mail", "email_address", "phone", "phone_number", "telephone", "telephone_number", "mobile",
            "ni_number", "national_insurance_number");

    /** Words that make any column name an identifier's, whatever else it says ("patient_surname", "home_postcode"). */
    private static final Set<String> IDENTIFIER_WORDS = Set.of(
            "surname", "forename", "forenames", "firstname", "lastname", "postcode", "dob", "birth", "mrn",
            "email", "telephone", "address", "nhsnumber", "nhsno");

    private IdentifierCheck() {
    }

    /** The kind of identifier a cell's value looks like, if any, once normalised as the class says. */
    public static Optional<IdentifierKind> inValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        value = normalised(value);
        if (value.length() < 4) {
            return Optional.empty();
        }
        boolean digit = false;
        boolean letter = false;
        boolean at = false;
        boolean gap = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (isLetter(c)) {
                letter = true;
            } else if (c == '@') {
                at = true;
            } else if (c == '.' || Character.isWhitespace(c)) {
                gap = true;
            }
        }
        if (digit && value.length() >= 10 && containsNhsNumber(value)) {
            return Optional.of(IdentifierKind.NHS_NUMBER);
        }
        if (letter && containsEmailAddress(value, at)) {
            return Optional.of(IdentifierKind.EMAIL_ADDRESS);
        }
        if (digit && letter && value.length() >= 5 && containsPostcode(value)) {
            return Optional.of(IdentifierKind.POSTCODE);
        }
        if (letter && gap && containsNameWithTitle(value)) {
            return Optional.of(IdentifierKind.NAME_WITH_TITLE);
        }
        return Optional.empty();
    }

    /**
     * The text as it reads: NFKC, format characters (Cf) removed, decimal digits of any script as ASCII digits.
     * Plain ASCII is returned as it is: none of this changes it, and nearly every cell is ASCII.
     */
    static String normalised(String value) {
        boolean ascii = true;
        for (int i = 0; i < value.length() && ascii; i++) {
            ascii = value.charAt(i) < 128;
        }
        if (ascii) {
            return value;
        }
        String compatible = Normalizer.normalize(value, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        for (int i = 0; i < compatible.length(); ) {
            int c = compatible.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /**
     * The kind of identifier a header cell shows, if any: its text is first checked as a value (a file without a
     * header has a patient's data in its first row), then as a column name.
     */
    public static Optional<IdentifierKind> inColumnName(String columnName) {
        Optional<IdentifierKind> asValue = inValue(columnName);
        if (asValue.isPresent() || columnName == null) {
            return asValue;
        }
        String normalised = normalisedColumnName(normalised(columnName));
        if (IDENTIFIER_COLUMNS.contains(normalised)) {
            return Optional.of(IdentifierKind.IDENTIFIER_COLUMN);
        }
        for (String word : normalised.split("_")) {
            if (IDENTIFIER_WORDS.contains(word)) {
                return Optional.of(IdentifierKind.IDENTIFIER_COLUMN);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether ten digits (after normalising, white space and punctuation between them ignored) form a valid NHS
     * number: the digits 1 to 9 weighted 10 down to 2, the sum's remainder after dividing by 11 taken from 11, 11 read
     * as 0 and 10 meaning no valid number; the result must equal the tenth digit.
     */
    public static boolean isValidNhsNumber(String candidate) {
        if (candidate == null) {
            return false;
        }
        String value = normalised(candidate);
        char[] digits = new char[10];
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 10) {
                    return false;
                }
                digits[count++] = c;
            } else if (!isSeparator(c)) {
                return false;
            }
        }
        return count == 10 && checkDigitMatches(digits);
    }

    private static boolean checkDigitMatches(char[] digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits[i] - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits[9] - '0';
    }

    /**
     * Scans chains of digit groups joined by separators (white space and punctuation, at most three characters
     * between two groups). Dates and times are taken out of each chain first; then a group of exactly ten digits, or
     * consecutive groups of one to four digits with ten digits in all, is a candidate. Longer groups are left alone
     * so that references made of a year and a serial number ("2026-000123") are never read as one.
     */
    private static boolean containsNhsNumber(String value) {
        int n = value.length();
        int i = 0;
        DigitChain chain = null;
        while (i < n) {
            if (!isDigit(value.charAt(i))) {
                i++;
                continue;
            }
            if (chain == null) {
                chain = new DigitChain(value);
            }
            chain.clear();
            while (true) {
                int start = i;
                while (i < n && isDigit(value.charAt(i))) {
                    i++;
                }
                chain.add(start, i);
                int next = i;
                while (next < n && next - i < MAX_SEPARATOR_RUN && isSeparator(value.charAt(next))) {
                    next++;
                }
                if (next == i || next >= n || !isDigit(value.charAt(next))) {
                    break;
                }
                i = next;
            }
            // Fewer than ten digits in all (most dates, times and references) cannot hold one.
            if (chain.digits >= 10 && chain.hasNhsNumber()) {
                return true;
            }
        }
        return false;
    }

    /** The digit groups of one chain, with its dates and times recognised so that only the rest is checked. */
    private static final class DigitChain {
        private final String value;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private boolean[] dateOrTime = new boolean[8];
        private int size;
        private int digits;

        DigitChain(String value) {
            this.value = value;
        }

        void clear() {
            size = 0;
            digits = 0;
            Arrays.fill(dateOrTime, false);
        }

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                dateOrTime = Arrays.copyOf(dateOrTime, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
            digits += end - start;
        }

        boolean hasNhsNumber() {
            markDatesAndTimes();
            char[] digits = new char[10];
            for (int first = 0; first < size; first++) {
                if (dateOrTime[first]) {
                    continue;
                }
                if (length(first) == 10) {
                    value.getChars(starts[first], ends[first], digits, 0);
                    if (checkDigitMatches(digits)) {
                        return true;
                    }
                }
                int count = 0;
                for (int g = first; g < size && !dateOrTime[g] && length(g) <= 4 && count + length(g) <= 10; g++) {
                    value.getChars(starts[g], ends[g], digits, count);
                    count += length(g);
                    if (count == 10 && g > first && checkDigitMatches(digits)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A date (year first or last, one of - / . between its parts) with the time after it, or a time alone. */
        private void markDatesAndTimes() {
            int g = 0;
            while (g < size) {
                int date = isDateAt(g) ? 3 : 0;
                int time = isTimeAt(g + date, date > 0);
                if (date + time > 0) {
                    Arrays.fill(dateOrTime, g, g + date + time, true);
                    g += date + time;
                } else {
                    g++;
                }
            }
        }

        private boolean isDateAt(int g) {
            if (g + 2 >= size) {
                return false;
            }
            char separator = singleSeparatorBefore(g + 1);
            if ((separator != '-' && separator != '/' && separator != '.') || singleSeparatorBefore(g + 2) != separator) {
                return false;
            }
            int a = length(g);
            int b = length(g + 1);
            int c = length(g + 2);
            if (a == 4 && b <= 2 && c <= 2) {
                return isDayAndMonth(number(g + 2), number(g + 1));
            }
            return a <= 2 && b <= 2 && (c == 2 || c == 4)
                    && (isDayAndMonth(number(g), number(g + 1)) || isDayAndMonth(number(g + 1), number(g)));
        }

        /**
         * How many groups from {@code g} are a time: hours and minutes, seconds optional, joined by colons (or full
         * stops right after a date, "14.03.26 10.15").
         */
        private int isTimeAt(int g, boolean afterDate) {
            if (g + 1 >= size || length(g) > 2 || length(g + 1) != 2 || number(g) > 24 || number(g + 1) > 59) {
                return 0;
            }
            if (afterDate && !Character.isWhitespace(value.charAt(ends[g - 1]))) {
                return 0;
            }
            char separator = singleSeparatorBefore(g + 1);
            if (separator != ':' && !(afterDate && separator == '.')) {
                return 0;
            }
            boolean seconds = g + 2 < size && singleSeparatorBefore(g + 2) == separator && length(g + 2) == 2
                    && number(g + 2) <= 59;
            return seconds ? 3 : 2;
        }

        private static boolean isDayAndMonth(int day, int month) {
            return day >= 1 && day <= 31 && month >= 1 && month <= 12;
        }

        /** The one character between a group and the one before it, or 0 when there are more. */
        private char singleSeparatorBefore(int g) {
            return starts[g] - ends[g - 1] == 1 ? value.charAt(ends[g - 1]) : 0;
        }

        private int length(int g) {
            return ends[g] - starts[g];
        }

        private int number(int g) {
            int n = 0;
            for (int i = starts[g]; i < ends[g]; i++) {
                n = n * 10 + (value.charAt(i) - '0');
            }
            return n;
        }
    }

    /** White space and punctuation: what people put between digit groups. */
    private static boolean isSeparator(char c) {
        if (c < 128) {
            return c == ' ' || c == '\t' || c == '.' || c == ',' || c == '/' || c == '\\' || c == '-' || c == '_'
                    || c == ':' || c == ';' || c == '\'' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']'
                    || c == '|' || c == '*' || c == '#';
        }
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * An address, also when written with spaces around its at sign and full stops, or with "(at)" for the at
     * sign.
     */
    private static boolean containsEmailAddress(String value, boolean at) {
        if (at && EMAIL.matcher(value).find()) {
            return true;
        }
        String joined = value;
        if (!at) {
            if (value.indexOf(')') < 0 && value.indexOf(']') < 0) {
                return false;
            }
            joined = WRITTEN_AT.matcher(value).replaceAll("@");
            if (joined.indexOf('@') < 0) {
                return false;
            }
        }
        joined = SPACE_AROUND_EMAIL_PUNCTUATION.matcher(joined).replaceAll("$1");
        return EMAIL.matcher(joined).find();
    }

    /**
     * A postcode, also with any white space between its two halves, or typed with its characters spaced out ("L S 1
     * 4 A P").
     */
    private static boolean containsPostcode(String value) {
        if (hasInwardCodeShape(value) && POSTCODE.matcher(value).find()) {
            return true;
        }
        String joined = hasSpacedOutCharacter(value) ? withSpacedOutCharactersJoined(value) : null;
        return joined != null && hasInwardCodeShape(joined) && POSTCODE.matcher(joined).find();
    }

    /** A letter or digit alone between two white spaces, as in "L S 1": the cheap test before joining them. */
    private static boolean hasSpacedOutCharacter(String value) {
        for (int i = 1; i + 1 < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i - 1)) && Character.isWhitespace(value.charAt(i + 1))
                    && Character.isLetterOrDigit(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three or more single letters or digits in a row separated by white space, joined up; null when there are none.
     */
    private static String withSpacedOutCharactersJoined(String value) {
        String[] words = value.trim().split("\\s+");
        StringBuilder out = new StringBuilder(value.length());
        boolean joinedAny = false;
        int w = 0;
        while (w < words.length) {
            int run = w;
            while (run < words.length && words[run].length() == 1 && Character.isLetterOrDigit(words[run].charAt(0))) {
                run++;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (run - w >= 3) {
                for (int k = w; k < run; k++) {
                    out.append(words[k]);
                }
                joinedAny = true;
                w = run;
            } else {
                out.append(words[w]);
                w++;
            }
        }
        return joinedAny ? out.toString() : null;
    }

    /**
     * Whether a digit followed by two letters ends a word somewhere (the inward code "4AP" of "LS1 4AP"): every
     * postcode has it, and most values do not, so the pattern runs only on the few that could match.
     */
    private static boolean hasInwardCodeShape(String value) {
        int n = value.length();
        for (int i = 2; i + 2 < n; i++) {
            if (isDigit(value.charAt(i)) && isAsciiLetter(value.charAt(i + 1)) && isAsciiLetter(value.charAt(i + 2))
                    && (i + 3 == n || !isAsciiLetterOrDigit(value.charAt(i + 3)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title (Mr, Mrs, Ms, Miss, Mx, Dr in any case) that starts a word and is followed by a full stop or spaces and
     * then a letter. Scanned by hand: service and ward names are checked on every row.
     */
    private static boolean containsNameWithTitle(String value) {
        int n = value.length();
        for (int i = 0; i + 3 < n; i++) {
            char c = value.charAt(i);
            if ((c != 'm' && c != 'M' && c != 'd' && c != 'D') || (i > 0 && isLetter(value.charAt(i - 1)))) {
                continue;
            }
            for (String title : TITLES) {
                int end = i + title.length();
                if (end < n && value.regionMatches(true, i, title, 0, title.length())
                        && isLetterAfterTitle(value, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A full stop or white space right after the title, then (after more white space) a letter. */
    private static boolean isLetterAfterTitle(String value, int end) {
        char next = value.charAt(end);
        if (next != '.' && !Character.isWhitespace(next)) {
            return false;
        }
        int i = end + 1;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        return i < value.length() && isLetter(value.charAt(i));
    }

    private static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String normalisedColumnName(String columnName) {
        String lower = columnName.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        return out.substring(0, end);
    }
}
