package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.rrhub.incidents.api.BedDayCell;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The figures behind the insight pages, read from the monthly summary the import keeps ({@link SummaryCell},
 * {@link BreakdownCell}; decision 0017) through an EntityManager bound to one provider: a year of a provider with a
 * million incidents is a few thousand summary rows, whatever the filter.
 */
final class IncidentFigures {

    /** The types counted as restraint, as {@link InterventionType#isRestraint()} says, for the JPQL. */
    private static final String RESTRAINTS = Arrays.stream(InterventionType.values())
            .filter(InterventionType::isRestraint).map(type -> "'" + type.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final EntityManager em;
    private final InsightFilter filter;

    IncidentFigures(EntityManager em, InsightFilter filter) {
        this.em = em;
        this.filter = filter;
    }

    /** One cell per month, ward and type with interventions: each summary cell is one already. */
    List<CountCell> counts() {
        return cells("select c.month, c.ward, c.type, c.incidents from SummaryCell c where %s").getResultStream()
                .map(r -> new CountCell(Months.of((Integer) r[0]), (String) r[1], InterventionType.valueOf((String) r[2]),
                        (Integer) r[3]))
                .toList();
    }

    List<BedDayCell> bedDays() {
        String ward = filter.ward() == null ? "" : " and b.ward = :ward";
        TypedQuery<Object[]> query = em.createQuery("select b.month, b.ward, sum(b.occupiedBedDays) from BedDayCount b"
                + " where b.month between :from and :to" + ward + " group by b.month, b.ward", Object[].class)
                .setParameter("from", Months.code(filter.from())).setParameter("to", Months.code(filter.to()));
        if (filter.ward() != null) {
            query.setParameter("ward", filter.ward());
        }
        return query.getResultStream()
                .map(r -> new BedDayCell(Months.of((Integer) r[0]), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** Counts by the codes of one dimension recorded in the period; codes nobody had are absent. */
    Map<String, Long> countsBy(Dimension dimension) {
        Map<String, Long> counts = new LinkedHashMap<>();
        cells("select c.code, sum(c.incidents) from BreakdownCell c where c.dimension = :dimension and %s"
                + " group by c.code").setParameter("dimension", dimension).getResultStream()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    /** Prone restraints by month: the position the national guidance asks providers to end. */
    Map<Integer, Long> proneByMonth() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        cells("select c.month, sum(c.incidents) from BreakdownCell c where c.dimension = :dimension"
                + " and c.code = 'PRONE' and %s group by c.month").setParameter("dimension", Dimension.POSITION)
                .getResultStream().forEach(r -> counts.put((Integer) r[0], (Long) r[1]));
        return counts;
    }

    /** Views sought in time are counted within {@link IncidentSummary#VIEWS_WITHIN_HOURS}, the product's policy. */
    IndicatorCounts indicators() {
        Object[] r = cells("select sum(case when c.type in " + RESTRAINTS + " then c.incidents else 0 end),"
                + " sum(case when c.type in " + RESTRAINTS + " then c.reviewedWithinHour else 0 end),"
                + " sum(c.incidents), sum(c.debriefOffered), sum(c.debriefHeld), sum(c.viewsSoughtInTime)"
                + " from SummaryCell c where %s").getSingleResult();
        return new IndicatorCounts(number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                number(r[5]), IncidentSummary.VIEWS_WITHIN_HOURS);
    }

    /** Every ward the provider has recorded incidents or bed days for, whatever the period, in name order. */
    List<String> wards() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(em.createQuery("select distinct c.ward from SummaryCell c", String.class).getResultList());
        names.addAll(em.createQuery("select distinct b.ward from BedDayCount b", String.class).getResultList());
        return List.copyOf(names);
    }

    /** Sums over no cells are null. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A query of summary cells (alias {@code c}) with the filter's period, ward and type put in for {@code %s}. */
    private TypedQuery<Object[]> cells(String jpql) {
        StringBuilder where = new StringBuilder("c.month between :from and :to");
        if (filter.ward() != null) {
            where.append(" and c.ward = :ward");
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.formatted(where), Object[].class)
                .setParameter("from", Months.code(filter.from())).setParameter("to", Months.code(filter.to()));
        if (filter.ward() != null) {
            query.setParameter("ward", filter.ward());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type().name());
        }
        return query;
    }
}
