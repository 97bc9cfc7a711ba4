package org.rrhub.incidents.api;

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
 *   <li>NHS numbers: ten digits on their own or inside a longer value ("REF-9434765919"), or grouped 3-3-4 with
 *   spaces or hyphens ("943 476 5919"), whose tenth digit is the NHS Modulus 11 check digit of the first nine.</li>
 *   <li>Names with a title: Mr, Mrs, Ms, Miss, Mx or Dr (any case, with or without a full stop) followed by a word
 *   or an initial ("Mr Smith", "Mrs J. Smith").</li>
 *   <li>E-mail addresses.</li>
 *   <li>UK postcodes, with or without the space ("LS1 4AP", "SW1A 1AA", "ls14ap").</li>
 *   <li>Column names that name an identifier (name, surname, nhs_number, dob, address, postcode, mrn,
 *   hospital_number and the like), compared ignoring case, spaces and punctuation.</li>
 * </ul>
 *
 * <p>False positives are accepted on purpose: refusing a harmless value costs the provider one edit, while keeping an
 * identifier would be a breach. Known cases:
 * <ul>
 *   <li>A random ten-digit number (a reference, a Unix timestamp) has a valid Modulus 11 check digit about 1 time in
 *   11, so about one such reference in eleven is refused as an NHS number. Shorter or longer digit runs are not
 *   checked, so references with other lengths are never refused for this.</li>
 *   <li>A ward or service named after a doctor ("Dr Kershaw Unit"), or an abbreviation that spells a title ("MS
 *   Centre"), is refused as a name with a title.</li>
 *   <li>A code shaped like a postcode ("B12 3AD", "W1A1AA") is refused as a postcode.</li>
 * </ul>
 * Names without a title, and NHS numbers with a wrong check digit, are not detected: no rule can tell them from
 * ordinary words and numbers. The upload page asks for anonymised extracts; this check is a safety net, not the
 * control.
 *
 * <p>The check is a character scan; the precompiled e-mail and postcode patterns run only when the scan shows they
 * could match (an @, or a digit followed by two letters ending a word), so checking every cell of a 100,000-row file
 * costs a fraction of a second.
 */
public final class IdentifierCheck {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** The Royal Mail format: outward code (area, district) and inward code (sector, unit); letters a unit never has are left out. */
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]"
                    + "|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);

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

    /** The kind of identifier a cell's value looks like, if any. */
    public static Optional<IdentifierKind> inValue(String value) {
        if (value == null || value.length() < 4) {
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
        if (at && EMAIL.matcher(value).find()) {
            return Optional.of(IdentifierKind.EMAIL_ADDRESS);
        }
        if (digit && letter && value.length() >= 5 && hasInwardCodeShape(value)
                && POSTCODE.matcher(value).find()) {
            return Optional.of(IdentifierKind.POSTCODE);
        }
        if (letter && gap && containsNameWithTitle(value)) {
            return Optional.of(IdentifierKind.NAME_WITH_TITLE);
        }
        return Optional.empty();
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
        String normalised = normalisedColumnName(columnName);
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
     * Whether ten digits (spaces and hyphens ignored) form a valid NHS number: the digits 1 to 9 weighted 10 down to
     * 2, the sum's remainder after dividing by 11 taken from 11, 11 read as 0 and 10 meaning no valid number; the
     * result must equal the tenth digit.
     */
    public static boolean isValidNhsNumber(String candidate) {
        if (candidate == null) {
            return false;
        }
        char[] digits = new char[10];
        int count = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == 10) {
                    return false;
                }
                digits[count++] = c;
            } else if (c != ' ' && c != '-') {
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
     * Scans chains of digit runs joined by single spaces or hyphens; a run of exactly ten digits, or three
     * consecutive runs of 3, 3 and 4 digits, is a candidate. Runs of other lengths are left alone so longer numbers
     * (and dates and times, whose runs are 2 or 4 digits) are never split into false candidates.
     */
    private static boolean containsNhsNumber(String value) {
        int n = value.length();
        char[] grouped = new char[10];
        int i = 0;
        while (i < n) {
            if (!isDigit(value.charAt(i))) {
                i++;
                continue;
            }
            int earlierStart = -1;
            int earlierLength = 0;
            int previousStart = -1;
            int previousLength = 0;
            while (true) {
                int start = i;
                while (i < n && isDigit(value.charAt(i))) {
                    i++;
                }
                int length = i - start;
                if (length == 10 && checkDigitMatches(value.substring(start, i).toCharArray())) {
                    return true;
                }
                if (length == 4 && previousLength == 3 && earlierLength == 3) {
                    value.getChars(earlierStart, earlierStart + 3, grouped, 0);
                    value.getChars(previousStart, previousStart + 3, grouped, 3);
                    value.getChars(start, start + 4, grouped, 6);
                    if (checkDigitMatches(grouped)) {
                        return true;
                    }
                }
                earlierStart = previousStart;
                earlierLength = previousLength;
                previousStart = start;
                previousLength = length;
                boolean chainGoesOn = i + 1 < n && (value.charAt(i) == ' ' || value.charAt(i) == '-')
                        && isDigit(value.charAt(i + 1));
                if (!chainGoesOn) {
                    break;
                }
                i++;
            }
        }
        return false;
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
