package org.rrhub.incidents.api;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Looks for signs that records are missing rather than that practice improved: a month with no records at all, a
 * ward with occupied beds that never reports, a ward that suddenly reports nothing, and records without the bed days
 * their rate needs. Pure arithmetic on the aggregated cells; types are added together.
 *
 * <p>A drop to zero compares a ward-month with the mean of the three months before it. Cells before the period are
 * used for that history, so pass the three months before {@code from} too to check the first months; months with no
 * cell count as 0, so without that history no drop is flagged there. A ward whose bed days for the month are 0 was
 * closed and is not flagged, and a month already flagged as having no records at all gets no drop flags of its own:
 * the month flag explains them.
 */
public final class DataQuality {

    public static final int DROP_HISTORY_MONTHS = 3;
    public static final double DROP_MINIMUM_MEAN = 3.0;

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Comparator<String> WARD_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private DataQuality() {
    }

    public static DataQualityReport check(YearMonth from, YearMonth to, Collection<CountCell> counts,
                                          Collection<BedDayCell> bedDays) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts after it ends: " + from + " to " + to);
        }
        Map<WardMonth, Long> countOf = new HashMap<>();
        Map<YearMonth, Long> countOfMonth = new HashMap<>();
        TreeSet<String> wards = new TreeSet<>(WARD_ORDER);
        for (CountCell cell : counts) {
            countOf.merge(new WardMonth(cell.ward(), cell.month()), cell.count(), Long::sum);
            countOfMonth.merge(cell.month(), cell.count(), Long::sum);
            wards.add(cell.ward());
        }
        Map<WardMonth, Long> bedDaysOf = new HashMap<>();
        for (BedDayCell cell : bedDays) {
            bedDaysOf.merge(new WardMonth(cell.ward(), cell.month()), cell.bedDays(), Long::sum);
            wards.add(cell.ward());
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }

        List<DataQualityFlag> flags = new ArrayList<>();
        TreeSet<YearMonth> emptyMonths = new TreeSet<>();
        for (YearMonth month : months) {
            if (countOfMonth.getOrDefault(month, 0L) == 0) {
                emptyMonths.add(month);
                flags.add(new DataQualityFlag(DataQualityFlag.Kind.MONTH_WITHOUT_RECORDS, null, month,
                        "No restrictive intervention is recorded in " + name(month) + " on any ward. If there "
                                + "really were none, say so; otherwise the month's records may be missing."));
            }
        }
        for (String ward : wards) {
            long wardBedDays = 0;
            long wardCount = 0;
            for (YearMonth month : months) {
                WardMonth key = new WardMonth(ward, month);
                wardBedDays += bedDaysOf.getOrDefault(key, 0L);
                wardCount += countOf.getOrDefault(key, 0L);
            }
            if (wardBedDays > 0 && wardCount == 0) {
                flags.add(new DataQualityFlag(DataQualityFlag.Kind.WARD_WITHOUT_RECORDS, ward, null,
                        ward + " has occupied bed days but no restrictive intervention recorded from " + name(from)
                                + " to " + name(to) + ". Check that its records are in the extract."));
            }
        }
        for (YearMonth month : months) {
            if (emptyMonths.contains(month)) {
                continue;
            }
            for (String ward : wards) {
                WardMonth key = new WardMonth(ward, month);
                boolean closed = Long.valueOf(0).equals(bedDaysOf.get(key));
                if (countOf.getOrDefault(key, 0L) != 0 || closed) {
                    continue;
                }
                double mean = meanBefore(ward, month, countOf);
                if (mean >= DROP_MINIMUM_MEAN) {
                    flags.add(new DataQualityFlag(DataQualityFlag.Kind.DROP_TO_ZERO, ward, month,
                            ward + " has no restrictive intervention recorded in " + name(month) + ", after "
                                    + String.format(Locale.UK, "%.1f", mean) + " a month on average in the three "
                                    + "months before. Check that its records are in the extract."));
                }
            }
        }
        for (YearMonth month : months) {
            for (String ward : wards) {
                WardMonth key = new WardMonth(ward, month);
                if (countOf.getOrDefault(key, 0L) > 0 && !bedDaysOf.containsKey(key)) {
                    flags.add(new DataQualityFlag(DataQualityFlag.Kind.BED_DAYS_MISSING, ward, month,
                            ward + " has restrictive interventions recorded in " + name(month) + " but no "
                                    + "occupied bed days uploaded, so rates that include it are too high."));
                }
            }
        }
        return new DataQualityReport(flags);
    }

    private static double meanBefore(String ward, YearMonth month, Map<WardMonth, Long> countOf) {
        long sum = 0;
        for (int back = 1; back <= DROP_HISTORY_MONTHS; back++) {
            sum += countOf.getOrDefault(new WardMonth(ward, month.minusMonths(back)), 0L);
        }
        return (double) sum / DROP_HISTORY_MONTHS;
    }

    private static String name(YearMonth month) {
        return month.format(MONTH_NAME);
    }

    private record WardMonth(String ward, YearMonth month) {
    }
}
