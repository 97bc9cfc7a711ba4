package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationBandTest {

    @Test
    void eachMinuteFallsInItsBandAtBothEdges() {
        int[][] minutesAndBand = {{0, 0}, {4, 0}, {5, 1}, {9, 1}, {10, 2}, {14, 2}, {15, 3}, {29, 3}, {30, 4},
                {59, 4}, {60, 5}, {119, 5}, {120, 6}, {43_200, 6}};
        for (int[] pair : minutesAndBand) {
            assertThat(DurationBand.of(pair[0])).as(pair[0] + " minutes").isEqualTo(DurationBand.values()[pair[1]]);
        }
        assertThatThrownBy(() -> DurationBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreStableAndLabelsPlain() {
        assertThat(Arrays.stream(DurationBand.values()).map(DurationBand::code))
                .containsExactly("0_4", "5_9", "10_14", "15_29", "30_59", "60_119", "120_plus");
        assertThat(DurationBand.fromCode("15_29")).contains(DurationBand.MINUTES_15_29);
        assertThat(DurationBand.fromCode("15-29")).isEmpty();
        assertThat(DurationBand.MINUTES_120_PLUS.label()).isEqualTo("2 hours or more");
    }
}
