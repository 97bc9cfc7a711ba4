package org.rrhub.incidents.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The 25th, 50th and 75th percentiles of peer providers' rates: enough to say where a provider stands without showing
 * any provider's figure, the lowest or the highest.
 *
 * <p>Percentiles by linear interpolation between closest ranks, the method Excel calls PERCENTILE.INC and R calls
 * type 7: with the n rates sorted ascending as x[0..n-1], the p-th percentile is at position h = (n - 1) &times; p;
 * it is x[floor(h)] + (h - floor(h)) &times; (x[floor(h) + 1] - x[floor(h)]). So spreadsheet users get the same
 * figures.
 *
 * <p>Fewer than {@value #MINIMUM_GROUP} rates give no quartiles, so no provider's rate can be inferred from them.
 * With exactly 5 the quartiles are the second, third and fourth rates in order (h = 1, 2, 3), which is accepted:
 * whose rates they are is not shown.
 */
public record Quartiles(double lowerQuartile, double median, double upperQuartile) {

    public static final int MINIMUM_GROUP = 5;

    /** Quartiles of the rates given; null entries (providers without a rate) are left out. */
    public static Optional<Quartiles> of(Collection<Double> rates) {
        double[] sorted = rates.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        for (double rate : sorted) {
            if (!Double.isFinite(rate) || rate < 0) {
                throw new IllegalArgumentException("A rate must be a finite number, 0 or more: " + rate);
            }
        }
        if (sorted.length < MINIMUM_GROUP) {
            return Optional.empty();
        }
        Arrays.sort(sorted);
        return Optional.of(new Quartiles(percentile(sorted, 0.25), percentile(sorted, 0.5), percentile(sorted, 0.75)));
    }

    /**
     * The quarter a rate falls in. A rate equal to a quartile falls in the lower of the two quarters it separates,
     * so a provider on the median is in the second quarter.
     */
    public Quarter quarterOf(double rate) {
        if (rate <= lowerQuartile) {
            return Quarter.LOWEST;
        }
        if (rate <= median) {
            return Quarter.SECOND;
        }
        if (rate <= upperQuartile) {
            return Quarter.THIRD;
        }
        return Quarter.HIGHEST;
    }

    /** PERCENTILE.INC of ascending values, 0 &le; p &le; 1. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
