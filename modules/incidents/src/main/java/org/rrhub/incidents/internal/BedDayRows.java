package org.rrhub.incidents.internal;

import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.CsvColumn;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.IncidentCsvFormat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The rules for one row of the bed-days extract; one row per service, ward and month. One instance reads one file. */
public final class BedDayRows implements Function<Row, BedDays> {

    private static final List<CsvColumn> COLUMNS = IncidentCsvFormat.columns(ExtractKind.BED_DAYS);
    private static final int SERVICE = 0;
    private static final int WARD = 1;
    private static final int MONTH = 2;
    private static final int OCCUPIED_BED_DAYS = 3;

    static {
        if (!COLUMNS.stream().map(CsvColumn::name).toList()
                .equals(List.of("service", "ward", "month", "occupied_bed_days"))) {
            throw new IllegalStateException("The bed-days columns changed: update BedDayRows");
        }
    }

    private final YearMonth currentMonth;
    /** The row each service, ward and month was first seen on: two figures for one ward-month would be summed wrongly. */
    private final Map<List<Object>, Long> rowOfWardMonth = new HashMap<>();

    public BedDayRows(YearMonth currentMonth) {
        this.currentMonth = currentMonth;
    }

    public static List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public BedDays apply(Row row) {
        String service = Cells.name(row, SERVICE);
        String ward = Cells.name(row, WARD);
        YearMonth month = Cells.month(row, MONTH, currentMonth);
        Integer bedDays = Cells.wholeNumber(row, OCCUPIED_BED_DAYS, 0, IncidentCsvFormat.MAX_BED_DAYS, "bed days");
        if (service != null && ward != null && month != null) {
            Long earlier = rowOfWardMonth.putIfAbsent(List.of(service, ward, month), row.number());
            if (earlier != null) {
                row.rowProblem("Row " + earlier + " already gives the bed days of this service, ward and "
                        + "month. Keep one row for each.");
            }
        }
        if (row.hasProblems()) {
            return null;
        }
        return new BedDays(service, ward, month, bedDays);
    }
}
