package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QuartilesTest {

    /** 2, 4, ..., 20 shuffled, with a provider that has no rate. */
    private static final List<Double> TEN = Arrays.asList(14.0, 2.0, 20.0, null, 8.0, 4.0, 18.0, 6.0, 10.0, 16.0, 12.0);

    @Test
    void percentilesInterpolateBetweenClosestRanksAsExcelPercentileInc() {
        // n = 10, sorted 2..20. Q1: h = 9 * 0.25 = 2.25 -> x[2] + 0.25 * (x[3] - x[2]) = 6 + 0.25 * 2 = 6.5
        // median: h = 4.5 -> 10 + 0.5 * 2 = 11; Q3: h = 6.75 -> 14 + 0.75 * 2 = 15.5
        assertThat(Quartiles.of(TEN)).contains(new Quartiles(6.5, 11.0, 15.5));

        // sorted 0.5, 2, 2.5, 3, 4, 9 (n = 6). Q1: h = 1.25 -> 2 + 0.25 * 0.5 = 2.125
        // median: h = 2.5 -> 2.5 + 0.5 * 0.5 = 2.75; Q3: h = 3.75 -> 3 + 0.75 * 1 = 3.75
        Quartiles six = Quartiles.of(List.of(0.5, 2.0, 2.5, 9.0, 4.0, 3.0)).orElseThrow();
        assertThat(six.lowerQuartile()).isCloseTo(2.125, within(1e-9));
        assertThat(six.median()).isCloseTo(2.75, within(1e-9));
        assertThat(six.upperQuartile()).isCloseTo(3.75, within(1e-9));

        // n = 5: h = 1, 2, 3 fall exactly on the 2nd, 3rd and 4th rates
        assertThat(Quartiles.of(List.of(20.0, 1.0, 12.0, 3.0, 7.0))).contains(new Quartiles(3.0, 7.0, 12.0));
    }

    @Test
    void fewerThanFiveRatesGiveNoQuartiles() {
        assertThat(Quartiles.of(Arrays.asList(1.0, 2.0, 3.0, 4.0, null))).isEmpty();
        assertThat(Benchmark.of(List.of(1.0, 2.0, 3.0, 4.0), 2.0)).isEmpty();
        assertThatThrownBy(() -> Quartiles.of(List.of(1.0, 2.0, 3.0, 4.0, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRateOnAQuartileFallsInTheLowerQuarter() {
        Quartiles quartiles = new Quartiles(6.5, 11.0, 15.5);
        assertThat(quartiles.quarterOf(0.0)).isEqualTo(Quarter.LOWEST);
        assertThat(quartiles.quarterOf(6.5)).isEqualTo(Quarter.LOWEST);
        assertThat(quartiles.quarterOf(6.6)).isEqualTo(Quarter.SECOND);
        assertThat(quartiles.quarterOf(11.0)).isEqualTo(Quarter.SECOND);
        assertThat(quartiles.quarterOf(11.1)).isEqualTo(Quarter.THIRD);
        assertThat(quartiles.quarterOf(15.5)).isEqualTo(Quarter.THIRD);
        assertThat(quartiles.quarterOf(15.6)).isEqualTo(Quarter.HIGHEST);
    }

    @Test
    void aBenchmarkGivesTheQuartilesAndTheProvidersQuarter() {
        Benchmark benchmark = Benchmark.of(TEN, 12.0).orElseThrow();
        assertThat(benchmark.quartiles()).isEqualTo(new Quartiles(6.5, 11.0, 15.5));
        assertThat(benchmark.quarter()).isEqualTo(Quarter.THIRD);
        assertThat(benchmark.quarter().label()).isEqualTo("third quarter");
    }
}
