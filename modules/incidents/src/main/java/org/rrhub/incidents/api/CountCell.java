package org.rrhub.incidents.api;

import java.util.Objects;
import java.time.YearMonth;

/** How many interventions of a type a ward recorded in a month: the numerator of rates, aggregated in SQL. */
public record CountCell(YearMonth month, String ward, InterventionType type, long count) {

    public CountCell {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(type, "type");
        if (count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
    }
}
