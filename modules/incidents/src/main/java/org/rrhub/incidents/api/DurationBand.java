package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CodeTable;

import java.util.Optional;

/**
 * Bands of intervention duration, so durations can be stored as a band code at import and grouped in SQL, and pages
 * show a distribution rather than single long incidents. The codes are stable: stored rows keep them.
 */
public enum DurationBand implements Coded {
    MINUTES_0_4("0_4", "0 to 4 minutes", 0, 4),
    MINUTES_5_9("5_9", "5 to 9 minutes", 5, 9),
    MINUTES_10_14("10_14", "10 to 14 minutes", 10, 14),
    MINUTES_15_29("15_29", "15 to 29 minutes", 15, 29),
    MINUTES_30_59("30_59", "30 to 59 minutes", 30, 59),
    MINUTES_60_119("60_119", "1 hour to 1 hour 59 minutes", 60, 119),
    MINUTES_120_PLUS("120_plus", "2 hours or more", 120, Integer.MAX_VALUE);

    private static final CodeTable<DurationBand> CODES = CodeTable.of(values());

    private final String code;
    private final String label;
    private final int fromMinutes;
    private final int toMinutes;

    DurationBand(String code, String label, int fromMinutes, int toMinutes) {
        this.code = code;
        this.label = label;
        this.fromMinutes = fromMinutes;
        this.toMinutes = toMinutes;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The first minute value in the band. */
    public int fromMinutes() {
        return fromMinutes;
    }

    /** The last minute value in the band, inclusive; {@link Integer#MAX_VALUE} for the open-ended last band. */
    public int toMinutes() {
        return toMinutes;
    }

    /** The band a duration falls in; durations are whole minutes and never negative. */
    public static DurationBand of(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("A duration cannot be negative: " + minutes);
        }
        for (DurationBand band : values()) {
            if (minutes <= band.toMinutes) {
                return band;
            }
        }
        throw new AssertionError("the last band is open-ended");
    }

    /** The band stored as {@code code}, if there is one. */
    public static Optional<DurationBand> fromCode(String code) {
        return CODES.find(code);
    }
}
