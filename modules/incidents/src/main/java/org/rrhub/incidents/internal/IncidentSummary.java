package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.incidents.api.Indicators;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps a provider's monthly summary ({@link SummaryCell}, {@link BreakdownCell}; decision 0017) in step with its
 * incidents: the summary of every run of months an import changed is deleted and worked out again from the incidents,
 * in the import's transaction, so the figures change exactly when the rows do and a failed import changes neither.
 * Recomputing whole months, rather than adding and subtracting, leaves nothing to drift.
 *
 * <p>One GROUP BY pass over the months' incidents counts every cell's figures at once: its interventions, the
 * indicator counts and one count per code of every dimension (codes no incident had are not stored). Everything
 * goes through the EntityManager, so EclipseLink adds the provider to the reads and deletes and stamps it on the
 * rows written, as for every other tenant-owned entity.
 */
final class IncidentSummary {

    /** The hours the summary counts the person's views as sought in time within: the product's policy. */
    static final int VIEWS_WITHIN_HOURS = Indicators.DEFAULT_VIEWS_WITHIN_HOURS;

    /**
     * The cell and its debrief flags, then the count, two indicator counts and a count per code of each dimension in
     * turn. The debriefs are grouped on, not counted with a CASE: EclipseLink writes "= 1" for a boolean test, which
     * H2 refuses; so a cell comes back in up to three rows, one per pair of flags.
     */
    private static final String TALLY = "select i.startedMonth, i.ward, i.type, i.debriefOffered, i.debriefHeld,"
            + " count(i),"
            + " sum(case when i.medicalReviewMinutes <= " + Indicators.MEDICAL_REVIEW_WITHIN_MINUTES
            + " then 1 else 0 end),"
            + " sum(case when i.viewsSoughtHours <= " + VIEWS_WITHIN_HOURS + " then 1 else 0 end), "
            + codeCounts()
            + " from Incident i where i.startedMonth between :first and :last"
            + " group by i.startedMonth, i.ward, i.type, i.debriefOffered, i.debriefHeld";

    private IncidentSummary() {
    }

    static void recompute(EntityManager em, ChangedMonths months) {
        for (ChangedMonths.Span span : months.spans()) {
            int first = Months.code(span.first());
            int last = Months.code(span.last());
            for (String cells : new String[]{"SummaryCell", "BreakdownCell"}) {
                em.createQuery("delete from " + cells + " c where c.month between :first and :last")
                        .setParameter("first", first).setParameter("last", last).executeUpdate();
            }
            Map<MonthlyCell.Cell, CellCounts> tally = new LinkedHashMap<>();
            for (Object[] row : em.createQuery(TALLY, Object[].class)
                    .setParameter("first", first).setParameter("last", last).getResultList()) {
                tally.computeIfAbsent(new MonthlyCell.Cell((Integer) row[0], (String) row[1], (String) row[2]),
                        cell -> new CellCounts()).add(row);
            }
            tally.forEach((cell, counts) -> counts.store(em, cell));
            em.flush();
            em.clear();
        }
    }

    /** The codes are the enums' names, never input, so they are written into the query. */
    private static String codeCounts() {
        return Arrays.stream(Dimension.values())
                .flatMap(dimension -> dimension.codes().stream().map(code -> "sum(case when i." + dimension.attribute()
                        + " = '" + code + "' then 1 else 0 end)"))
                .collect(Collectors.joining(", "));
    }

    /** One cell's counts, added up over its rows of the tally. */
    private static final class CellCounts {
        private static final int FIRST_CODE = 8;

        private long incidents;
        private long reviewedWithinHour;
        private long viewsSoughtInTime;
        private long debriefOffered;
        private long debriefHeld;
        private final long[] byCode = new long[Dimension.codeCount()];

        void add(Object[] row) {
            long count = number(row[5]);
            incidents += count;
            debriefOffered += Boolean.TRUE.equals(row[3]) ? count : 0;
            debriefHeld += Boolean.TRUE.equals(row[4]) ? count : 0;
            reviewedWithinHour += number(row[6]);
            viewsSoughtInTime += number(row[7]);
            for (int code = 0; code < byCode.length; code++) {
                byCode[code] += number(row[FIRST_CODE + code]);
            }
        }

        /** The cell's summary row, and a breakdown row for each code at least one of its incidents had. */
        void store(EntityManager em, MonthlyCell.Cell cell) {
            em.persist(new SummaryCell(cell, (int) incidents, (int) reviewedWithinHour, (int) viewsSoughtInTime,
                    (int) debriefOffered, (int) debriefHeld));
            int code = 0;
            for (Dimension dimension : Dimension.values()) {
                for (String name : dimension.codes()) {
                    if (byCode[code] > 0) {
                        em.persist(new BreakdownCell(cell, dimension, name, (int) byCode[code]));
                    }
                    code++;
                }
            }
        }

        private static long number(Object value) {
            return ((Number) value).longValue();
        }
    }
}
