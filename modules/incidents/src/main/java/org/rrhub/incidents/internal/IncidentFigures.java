package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.rrhub.incidents.api.BedDayCell;
import org.rrhub.incidents.api.CountCell;
import org.rrhub.incidents.api.IndicatorCounts;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.InterventionType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate queries behind the insight pages, run through an EntityManager bound to one provider: every figure is
 * a GROUP BY in the database, so a provider with a million records is read as a few hundred rows.
 */
final class IncidentFigures {

    private static final String RESTRAINTS = "('PHYSICAL_RESTRAINT', 'MECHANICAL_RESTRAINT')";

    private final EntityManager em;
    private final InsightFilter filter;

    IncidentFigures(EntityManager em, InsightFilter filter) {
        this.em = em;
        this.filter = filter;
    }

    List<CountCell> counts() {
        return incidents("select i.startedMonth, i.ward, i.type, count(i) from Incident i where %s"
                + " group by i.startedMonth, i.ward, i.type").getResultStream()
                .map(r -> new CountCell(Months.of((Integer) r[0]), (String) r[1], InterventionType.valueOf((String) r[2]),
                        (Long) r[3]))
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

    /** Counts of one coded column (age band, gender, ethnic group, duration band, position), by code. */
    Map<String, Long> countsBy(String column) {
        if (!List.of("ageBand", "gender", "ethnicGroup", "durationBand", "position").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        incidents("select i." + column + ", count(i) from Incident i where %s group by i." + column)
                .getResultStream().forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    /** Prone restraints by month: the position the national guidance asks providers to end. */
    Map<Integer, Long> proneByMonth() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        incidents("select i.startedMonth, count(i) from Incident i where %s and i.position = 'PRONE'"
                + " group by i.startedMonth").getResultStream().forEach(r -> counts.put((Integer) r[0], (Long) r[1]));
        return counts;
    }

    IndicatorCounts indicators(int viewsWithinHours) {
        Object[] r = incidents("select count(i),"
                + " sum(case when i.type in " + RESTRAINTS + " then 1 else 0 end),"
                + " sum(case when i.type in " + RESTRAINTS + " and i.medicalReviewMinutes <= 60 then 1 else 0 end),"
                + " sum(case when i.viewsSoughtHours <= " + viewsWithinHours + " then 1 else 0 end)"
                + " from Incident i where %s").getSingleResult();
        // Debriefs are counted by grouping on the flags: H2 refuses the "= 1" EclipseLink writes for a boolean test.
        long offered = 0;
        long held = 0;
        for (Object[] g : incidents("select i.debriefOffered, i.debriefHeld, count(i) from Incident i where %s"
                + " group by i.debriefOffered, i.debriefHeld").getResultList()) {
            long count = (Long) g[2];
            offered += Boolean.TRUE.equals(g[0]) ? count : 0;
            held += Boolean.TRUE.equals(g[1]) ? count : 0;
        }
        return new IndicatorCounts(number(r[1]), number(r[2]), number(r[0]), offered, held, number(r[3]),
                viewsWithinHours);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private TypedQuery<Object[]> incidents(String jpql) {
        StringBuilder where = new StringBuilder("i.startedMonth between :from and :to");
        if (filter.ward() != null) {
            where.append(" and i.ward = :ward");
        }
        if (filter.type() != null) {
            where.append(" and i.type = :type");
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
