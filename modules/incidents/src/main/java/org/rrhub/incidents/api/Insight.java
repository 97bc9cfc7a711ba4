package org.rrhub.incidents.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything the insight page, the API and the board report show for a filter: rates, the prone trend, durations,
 * demographics with small numbers suppressed, the compliance indicators, data quality and the sector benchmark.
 *
 * @param proneByMonth every month of the period, zero included
 * @param durations    every band, zero included
 */
public record Insight(InsightFilter filter, List<String> wards, RateRow overall, List<RateRow> byMonth,
                      List<RateRow> byWard, List<RateRow> byType, Map<YearMonth, Long> proneByMonth,
                      Map<DurationBand, Long> durations, List<Breakdown> demographics, List<Indicator> indicators,
                      DataQualityReport quality, BenchmarkView benchmark) {

    public boolean hasRecords() {
        return overall.count() > 0;
    }
}
