package org.rrhub.incidents.api;

import java.util.List;

/** The data-quality flags of a period, in the order: months, wards, drops to zero, missing bed days. */
public record DataQualityReport(List<DataQualityFlag> flags) {

    public DataQualityReport {
        flags = List.copyOf(flags);
    }

    /** Whether the figures should carry a warning that data may be missing. */
    public boolean hasGaps() {
        return !flags.isEmpty();
    }
}
