package org.rrhub.incidents.api;

import java.time.YearMonth;
import java.util.Objects;

/** A ward's occupied bed days in a month: the denominator that lets wards of different sizes be compared. */
public record BedDays(String service, String ward, YearMonth month, int occupiedBedDays) {

    public BedDays {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(ward, "ward");
        Objects.requireNonNull(month, "month");
        if (occupiedBedDays < 0) {
            throw new IllegalArgumentException("Occupied bed days cannot be negative");
        }
    }
}
