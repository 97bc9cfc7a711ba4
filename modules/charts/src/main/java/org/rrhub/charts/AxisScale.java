package org.rrhub.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis: from zero to a round maximum in round steps (1, 2, 2.5 or 5 times a power of ten), about five of
 * them, so a reader can estimate a value between gridlines. Worked in decimals so 0.1 + 0.2 stays 0.3 on a label.
 *
 * @param ticks from 0 to the axis maximum, evenly spaced
 */
record AxisScale(List<BigDecimal> ticks) {

    private static final BigDecimal TARGET_STEPS = BigDecimal.valueOf(5);
    private static final double[] NICE_MULTIPLES = {1, 2, 2.5, 5};
    /** Labels show at most two decimals, so no step may be finer than that. */
    private static final BigDecimal SMALLEST_STEP = new BigDecimal("0.01");

    AxisScale {
        ticks = List.copyOf(ticks);
    }

    static AxisScale upTo(double largestValue) {
        // an axis from 0 to 0 has no height; a chart of zeros still needs a scale to sit its bars on
        BigDecimal max = largestValue > 0 ? BigDecimal.valueOf(largestValue) : BigDecimal.ONE;
        BigDecimal step = niceStepOfAtLeast(max.divide(TARGET_STEPS));
        int steps = max.divide(step, 0, RoundingMode.CEILING).intValueExact();
        List<BigDecimal> ticks = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            ticks.add(step.multiply(BigDecimal.valueOf(i)).stripTrailingZeros());
        }
        return new AxisScale(ticks);
    }

    private static BigDecimal niceStepOfAtLeast(BigDecimal rawStep) {
        int exponent = (int) Math.floor(Math.log10(rawStep.doubleValue()));
        for (int power = exponent - 1; ; power++) {
            for (double multiple : NICE_MULTIPLES) {
                BigDecimal step = BigDecimal.valueOf(multiple).scaleByPowerOfTen(power).stripTrailingZeros();
                if (step.compareTo(SMALLEST_STEP) >= 0 && step.scale() <= 2 && step.compareTo(rawStep) >= 0) {
                    return step;
                }
            }
        }
    }

    double max() {
        return ticks.get(ticks.size() - 1).doubleValue();
    }

    /** Where a value sits between the bottom (0) and top (1) of the axis. */
    double fraction(double value) {
        return value / max();
    }
}
