package org.rrhub.incidents.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Interventions per 1,000 occupied bed days (count &times; 1000 / bed days), the measure that lets wards and
 * providers of different sizes be compared. Pass the count cells of the types to include; cells outside the period
 * are ignored. A rate needs bed days: when none were uploaded, or they add up to 0, the row has no rate and says why,
 * rather than showing 0 or infinity.
 */
public final class Rates {

    private static final double PER = 1000.0;
    private static final Comparator<String> WARD_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private Rates() {
    }

    /** One row per month from {@code from} to {@code to} inclusive, months without records shown with 0. */
    public static List<RateRow> byMonth(YearMonth from, YearMonth to, Collection<CountCell> counts,
                                        Collection<BedDayCell> bedDays) {
        checkPeriod(from, to);
        Map<YearMonth, Long> countByMonth = new TreeMap<>();
        for (CountCell cell : counts) {
            if (within(cell.month(), from, to)) {
                countByMonth.merge(cell.month(), cell.count(), Long::sum);
            }
        }
        Map<YearMonth, Long> bedDaysByMonth = new TreeMap<>();
        for (BedDayCell cell : bedDays) {
            if (within(cell.month(), from, to)) {
                bedDaysByMonth.merge(cell.month(), cell.bedDays(), Long::sum);
            }
        }
        List<RateRow> rows = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            rows.add(row(month.toString(), countByMonth.getOrDefault(month, 0L), bedDaysByMonth.get(month),
                    "this month"));
        }
        return rows;
    }

    /** One row per ward over the whole period, wards in name order; every ward with records or bed days is listed. */
    public static List<RateRow> byWard(YearMonth from, YearMonth to, Collection<CountCell> counts,
                                       Collection<BedDayCell> bedDays) {
        checkPeriod(from, to);
        Map<String, Long> countByWard = new TreeMap<>(WARD_ORDER);
        for (CountCell cell : counts) {
            if (within(cell.month(), from, to)) {
                countByWard.merge(cell.ward(), cell.count(), Long::sum);
            }
        }
        Map<String, Long> bedDaysByWard = new TreeMap<>(WARD_ORDER);
        for (BedDayCell cell : bedDays) {
            if (within(cell.month(), from, to)) {
                bedDaysByWard.merge(cell.ward(), cell.bedDays(), Long::sum);
            }
        }
        TreeSet<String> wards = new TreeSet<>(WARD_ORDER);
        wards.addAll(countByWard.keySet());
        wards.addAll(bedDaysByWard.keySet());
        List<RateRow> rows = new ArrayList<>();
        for (String ward : wards) {
            rows.add(row(ward, countByWard.getOrDefault(ward, 0L), bedDaysByWard.get(ward),
                    "this ward in the period"));
        }
        return rows;
    }

    /**
     * One row per intervention type over the whole period, in the order of {@link InterventionType}, every type
     * listed; the denominator of each is all wards' bed days in the period.
     */
    public static List<RateRow> byType(YearMonth from, YearMonth to, Collection<CountCell> counts,
                                       Collection<BedDayCell> bedDays) {
        checkPeriod(from, to);
        Map<InterventionType, Long> countByType = new EnumMap<>(InterventionType.class);
        for (CountCell cell : counts) {
            if (within(cell.month(), from, to)) {
                countByType.merge(cell.type(), cell.count(), Long::sum);
            }
        }
        Long periodBedDays = periodBedDays(from, to, bedDays);
        List<RateRow> rows = new ArrayList<>();
        for (InterventionType type : InterventionType.values()) {
            rows.add(row(type.label(), countByType.getOrDefault(type, 0L), periodBedDays, "the period"));
        }
        return rows;
    }

    /** All the counts given, over all wards' bed days in the period: the headline figure. */
    public static RateRow overall(YearMonth from, YearMonth to, Collection<CountCell> counts,
                                  Collection<BedDayCell> bedDays) {
        checkPeriod(from, to);
        long count = 0;
        for (CountCell cell : counts) {
            if (within(cell.month(), from, to)) {
                count += cell.count();
            }
        }
        return row("All wards", count, periodBedDays(from, to, bedDays), "the period");
    }

    /** count &times; 1000 / bed days; null when there are no bed days, since no rate can be worked out. */
    public static Double ratePer1000(long count, long bedDays) {
        return bedDays == 0 ? null : count * PER / bedDays;
    }

    private static Long periodBedDays(YearMonth from, YearMonth to, Collection<BedDayCell> bedDays) {
        Long total = null;
        for (BedDayCell cell : bedDays) {
            if (within(cell.month(), from, to)) {
                total = (total == null ? 0 : total) + cell.bedDays();
            }
        }
        return total;
    }

    /** {@code bedDays} is null when none were uploaded, which the row tells apart from bed days adding up to 0. */
    private static RateRow row(String label, long count, Long bedDays, String scope) {
        if (bedDays == null) {
            return new RateRow(label, count, 0, null, "No occupied bed days were uploaded for " + scope
                    + ", so no rate can be worked out.");
        }
        if (bedDays == 0) {
            return new RateRow(label, count, 0, null, "Occupied bed days are 0 for " + scope
                    + ", so no rate can be worked out.");
        }
        return new RateRow(label, count, bedDays, ratePer1000(count, bedDays), null);
    }

    private static boolean within(YearMonth month, YearMonth from, YearMonth to) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    private static void checkPeriod(YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends: " + from + " to " + to);
        }
    }
}
