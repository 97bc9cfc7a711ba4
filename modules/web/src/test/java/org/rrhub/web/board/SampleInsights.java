package org.rrhub.web.board;

import org.rrhub.incidents.api.BedDayCell;
import org.rrhub.incidents.api.BenchmarkView;
import org.rrhub.incidents.api.Breakdown;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.DataQuality;
import org.rrhub.incidents.api.DurationBand;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.Indicators;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;
import org.rrhub.incidents.api.Rates;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named insights for page and report tests, built with the incidents module's own calculations. */
public final class SampleInsights {

    public static final String NO_BENCHMARK = "Fewer than 5 providers in your sector share rates for this period";
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private SampleInsights() {
    }

    /**
     * September and October 2026 on two wards, 1,000 and 500 bed days a month: 3 physical restraints on the named
     * ward in September, 1 seclusion on Birch Ward in October; three women and one man; no benchmark.
     */
    public static Insight twoWards(String ward) {
        return insight(ward, List.of(new CountCell(SEPTEMBER, ward, InterventionType.PHYSICAL_RESTRAINT, 3),
                new CountCell(OCTOBER, "Birch Ward", InterventionType.SECLUSION, 1)));
    }

    public static Insight empty() {
        return insight("Oak Ward", List.of());
    }

    private static Insight insight(String ward, List<CountCell> counts) {
        InsightFilter filter = new InsightFilter(SEPTEMBER, OCTOBER, null, null);
        List<BedDayCell> beds = List.of(new BedDayCell(SEPTEMBER, ward, 1000), new BedDayCell(OCTOBER, ward, 1000),
                new BedDayCell(SEPTEMBER, "Birch Ward", 500), new BedDayCell(OCTOBER, "Birch Ward", 500));
        Map<YearMonth, Long> prone = new LinkedHashMap<>();
        prone.put(SEPTEMBER, counts.isEmpty() ? 0L : 1L);
        prone.put(OCTOBER, 0L);
        Map<DurationBand, Long> durations = new EnumMap<>(DurationBand.class);
        for (DurationBand band : DurationBand.values()) {
            durations.put(band, 0L);
        }
        Map<String, Long> gender = new LinkedHashMap<>();
        gender.put("Female", counts.isEmpty() ? 0L : 3L);
        gender.put("Male", counts.isEmpty() ? 0L : 1L);
        long total = counts.stream().mapToLong(CountCell::count).sum();
        return new Insight(filter, List.of("Birch Ward", ward),
                Rates.overall(SEPTEMBER, OCTOBER, counts, beds), Rates.byMonth(SEPTEMBER, OCTOBER, counts, beds),
                Rates.byWard(SEPTEMBER, OCTOBER, counts, beds), Rates.byType(SEPTEMBER, OCTOBER, counts, beds),
                prone, durations, List.of(Breakdown.of("Gender", gender)),
                Indicators.of(new IndicatorCounts(Math.min(3, total), Math.min(2, total), total, total, total,
                        Math.min(1, total), 72)),
                DataQuality.check(SEPTEMBER, OCTOBER, counts, beds),
                new BenchmarkView("NHS trust", true, 1.33, null, 0, 0, false,
                        NO_BENCHMARK + ", so no benchmark is shown."));
    }
}
