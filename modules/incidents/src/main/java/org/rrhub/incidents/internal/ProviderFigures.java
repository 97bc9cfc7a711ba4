package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.BedDayCell;
import org.rrhub.incidents.api.BenchmarkView;
import org.rrhub.incidents.api.Breakdown;
import org.rrhub.incidents.api.Coded;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.DataQuality;
import org.rrhub.incidents.api.DataQualityReport;
import org.rrhub.incidents.api.DurationBand;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.Indicators;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.Rates;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One provider's figures for a filter, read from the monthly summary in a handful of queries. The counts reach back
 * three months before the period, so a drop to zero in its first months can be told from a quiet ward.
 */
final class ProviderFigures {

    private final InsightFilter filter;
    private final List<CountCell> counts;
    private final List<BedDayCell> bedDays;
    private final DataQualityReport quality;

    private ProviderFigures(InsightFilter filter, IncidentFigures withHistory) {
        this.filter = filter;
        this.counts = withHistory.counts();
        this.bedDays = withHistory.bedDays();
        this.quality = DataQuality.check(filter.from(), filter.to(), counts, bedDays);
    }

    /** Only what the benchmark needs of a peer: the overall rate and whether its reporting has gaps. */
    static ProviderFigures readOverall(EntityManager em, InsightFilter filter) {
        return new ProviderFigures(filter, new IncidentFigures(em, withHistory(filter)));
    }

    static ProviderFigures read(EntityManager em, InsightFilter filter) {
        ProviderFigures figures = readOverall(em, filter);
        figures.readDetails(new IncidentFigures(em, filter));
        return figures;
    }

    private static InsightFilter withHistory(InsightFilter filter) {
        return new InsightFilter(filter.from().minusMonths(DataQuality.DROP_HISTORY_MONTHS), filter.to(),
                filter.ward(), filter.type());
    }

    private Map<String, Long> ageBands;
    private Map<String, Long> genders;
    private Map<String, Long> ethnicGroups;
    private Map<DurationBand, Long> durations;
    private Map<YearMonth, Long> prone;
    private List<String> wards;
    private IndicatorCounts indicatorCounts;

    private void readDetails(IncidentFigures details) {
        ageBands = labelled(details.countsBy(Dimension.AGE_BAND), AgeBand.class);
        genders = labelled(details.countsBy(Dimension.GENDER), Gender.class);
        ethnicGroups = labelled(details.countsBy(Dimension.ETHNIC_GROUP), EthnicGroup.class);
        durations = new EnumMap<>(DurationBand.class);
        Map<String, Long> bands = details.countsBy(Dimension.DURATION_BAND);
        for (DurationBand band : DurationBand.values()) {
            durations.put(band, bands.getOrDefault(band.name(), 0L));
        }
        Map<Integer, Long> proneCounts = details.proneByMonth();
        prone = new LinkedHashMap<>();
        for (YearMonth month : filter.months()) {
            prone.put(month, proneCounts.getOrDefault(Months.code(month), 0L));
        }
        indicatorCounts = details.indicators();
        wards = details.wards();
    }

    /** Every code of the enum in its order, with its label, zero where nothing was recorded. */
    static <E extends Enum<E> & Coded> Map<String, Long> labelled(Map<String, Long> byName, Class<E> codes) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        for (E code : codes.getEnumConstants()) {
            labelled.put(code.label(), byName.getOrDefault(code.name(), 0L));
        }
        return labelled;
    }

    Double overallRate() {
        return Rates.overall(filter.from(), filter.to(), counts, bedDays).ratePer1000();
    }

    boolean hasGaps() {
        return quality.hasGaps();
    }

    Insight toInsight(InsightFilter filter, BenchmarkView benchmark) {
        return new Insight(filter, wards, Rates.overall(filter.from(), filter.to(), counts, bedDays),
                Rates.byMonth(filter.from(), filter.to(), counts, bedDays),
                Rates.byWard(filter.from(), filter.to(), counts, bedDays),
                Rates.byType(filter.from(), filter.to(), counts, bedDays),
                prone, durations,
                List.of(Breakdown.of("Age band", ageBands), Breakdown.of("Gender", genders),
                        Breakdown.of("Ethnic group", ethnicGroups)),
                Indicators.of(indicatorCounts), quality, benchmark);
    }
}
