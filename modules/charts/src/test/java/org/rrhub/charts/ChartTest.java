package org.rrhub.charts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartTest {

    private static final List<String> QUARTER = List.of("Jan 2026", "Feb 2026", "Mar 2026");

    @Test
    void everySeriesHasOneValueOrGapPerCategory() {
        assertThatThrownBy(() -> Chart.bar("Incidents", "Falling.", "Count", QUARTER, Series.of("Ward A", 1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ward A").hasMessageContaining("2 values for 3");
        Chart withGap = Chart.line("Incidents", "Falling.", "Count", QUARTER, Series.of("Ward A", 1.0, null, 2.0));
        assertThat(withGap.series().get(0).values()).containsExactly(1.0, null, 2.0);
        assertThat(withGap.hasNoValues()).isFalse();
    }

    @Test
    void valuesAreFiniteAndFromZeroUp() {
        assertThatThrownBy(() -> Series.of("Ward A", -1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.of("Ward A", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Series.of("Ward A", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWordsThatMakeTheChartAccessibleAreRequired() {
        assertThatThrownBy(() -> Chart.bar("Incidents", " ", "Count", QUARTER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary");
        assertThatThrownBy(() -> Chart.bar(null, "Falling.", "Count", QUARTER)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void seriesAreFewEnoughToTellApartAndNamedOnce() {
        Series[] seven = new Series[7];
        for (int i = 0; i < seven.length; i++) {
            seven[i] = Series.of("Ward " + i, 1.0, 2.0, 3.0);
        }
        assertThatThrownBy(() -> Chart.line("Incidents", "Falling.", "Count", QUARTER, seven))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 6");
        assertThatThrownBy(() -> Chart.line("Incidents", "Falling.", "Count", QUARTER,
                Series.of("Ward A", 1.0, 2.0, 3.0), Series.of("Ward A", 1.0, 2.0, 3.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ward A");
    }

    @Test
    void aChartIsEmptyWhenEveryValueIsMissing() {
        assertThat(Chart.bar("Incidents", "No data.", "Count", QUARTER, Series.of("Ward A", null, null, null))
                .hasNoValues()).isTrue();
        assertThat(Chart.bar("Incidents", "No data.", "Count", List.of()).hasNoValues()).isTrue();
    }

    @Test
    void theChartCannotBeChangedAfterwards() {
        List<Double> values = new java.util.ArrayList<>(List.of(1.0, 2.0, 3.0));
        Series series = new Series("Ward A", values);
        values.set(0, 99.0);
        assertThat(series.values()).containsExactly(1.0, 2.0, 3.0);
        assertThatThrownBy(() -> series.values().set(0, 5.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
