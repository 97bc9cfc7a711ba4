package org.rrhub.incidents.api;

import java.time.YearMonth;
import java.util.Objects;

/** A ward's occupied bed days in a month: the denominator of rates, aggregated in SQL. */
public record BedDayCell(YearMonth month, String ward, long bedDays) {

    public BedDayCell {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ward, "ward");
        if (bedDays < 0) {
            throw new IllegalArgumentException("Bed days cannot be negative");
        }
    }
}
