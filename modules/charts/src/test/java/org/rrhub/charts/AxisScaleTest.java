package org.rrhub.charts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AxisScaleTest {

    @ParameterizedTest(name = "largest value {0} gives ticks {1}")
    @CsvSource(delimiter = ';', value = {
            // max / 5 rounded up to 1, 2, 2.5 or 5 x 10^n is the step; the axis ends at the first step at or above max
            "0.37; 0 0.1 0.2 0.3 0.4",
            "7;    0 2 4 6 8",
            "13;   0 5 10 15",
            "240;  0 50 100 150 200 250",
            "1000; 0 200 400 600 800 1000",
            "1;    0 0.2 0.4 0.6 0.8 1",
            "12;   0 2.5 5 7.5 10 12.5",
            // nothing but zeros still needs an axis
            "0;    0 0.2 0.4 0.6 0.8 1",
            // no step finer than two decimals, which is all a label shows
            "0.012; 0 0.01 0.02",
            // 0.025 would need three decimals, so 0.05
            "0.11; 0 0.05 0.1 0.15"
    })
    void ticksAreRoundAndStartAtZero(double max, String expected) {
        assertThat(AxisScale.upTo(max).ticks()).map(BigDecimal::toPlainString)
                .containsExactlyElementsOf(Arrays.asList(expected.trim().split(" ")));
    }
}
