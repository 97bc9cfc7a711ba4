package org.rrhub.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named run of values, one per category of its {@link Chart}.
 *
 * @param name   shown in the legend and in each value's hover text
 * @param values {@code null} where there is no value (no bed days, or suppressed as too small to publish): drawn as a
 *               gap, never as zero. Values start from zero, so they must not be negative.
 */
public record Series(String name, List<Double> values) {

    public Series {
        name = Chart.required(name, "name");
        Objects.requireNonNull(values, "values");
        for (Double value : values) {
            if (value != null && (value.isNaN() || value.isInfinite() || value < 0)) {
                throw new IllegalArgumentException("Series '" + name + "' has " + value
                        + "; values must be finite and not negative, or null when missing");
            }
        }
        // List.copyOf refuses nulls, and null is how a missing value is said
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Series of(String name, Double... values) {
        return new Series(name, Arrays.asList(values));
    }
}
