package org.rrhub.incidents.api;

import java.time.YearMonth;

/**
 * Something in the uploaded data that suggests records are missing, shown next to the figures so nobody reads a gap
 * as an improvement.
 *
 * @param ward the ward concerned, or null when the flag is about the whole provider
 * @param month the month concerned, or null when the flag is about the whole period
 */
public record DataQualityFlag(Kind kind, String ward, YearMonth month, String message) {

    public enum Kind {
        /** No intervention at all recorded in a month, across all wards. */
        MONTH_WITHOUT_RECORDS,
        /** A ward with occupied bed days in the period but no intervention recorded in it. */
        WARD_WITHOUT_RECORDS,
        /** A ward-month with no record where the three months before averaged at least 3. */
        DROP_TO_ZERO,
        /** A ward-month with records but no bed days uploaded, so rates that include it are overstated. */
        BED_DAYS_MISSING
    }
}
