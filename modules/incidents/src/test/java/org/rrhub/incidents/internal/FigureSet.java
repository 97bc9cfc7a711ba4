package org.rrhub.incidents.internal;

import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.InsightFilter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every figure {@link IncidentFigures} gives for one provider and filter (bed days aside: they are not summarised),
 * as values, so the summary's figures and the same figures counted from the rows ({@link FiguresFromRows}) compare
 * in one assertion.
 */
record FigureSet(Set<CountCell> counts, Map<Dimension, Map<String, Long>> byDimension, Map<Integer, Long> prone,
                 IndicatorCounts indicators, List<String> wards) {

    static FigureSet fromSummary(ProviderUnit unit, TenantId tenant, InsightFilter filter) {
        return unit.inTenant(tenant, em -> {
            IncidentFigures figures = new IncidentFigures(em, filter);
            Map<Dimension, Map<String, Long>> byDimension = new EnumMap<>(Dimension.class);
            for (Dimension dimension : Dimension.values()) {
                byDimension.put(dimension, figures.countsBy(dimension));
            }
            return new FigureSet(Set.copyOf(figures.counts()), byDimension, figures.proneByMonth(),
                    figures.indicators(), figures.wards());
        });
    }

    Map<String, Long> by(Dimension dimension) {
        return byDimension.get(dimension);
    }
}
