package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rrhub.incidents.api.DataQualityFlag.Kind.BED_DAYS_MISSING;
import static org.rrhub.incidents.api.DataQualityFlag.Kind.DROP_TO_ZERO;
import static org.rrhub.incidents.api.DataQualityFlag.Kind.MONTH_WITHOUT_RECORDS;
import static org.rrhub.incidents.api.DataQualityFlag.Kind.WARD_WITHOUT_RECORDS;
import static org.rrhub.incidents.api.InterventionType.PHYSICAL_RESTRAINT;
import static org.rrhub.incidents.api.InterventionType.SECLUSION;

class DataQualityTest {

    private static final YearMonth OCT = YearMonth.of(2025, 10);
    private static final YearMonth NOV = YearMonth.of(2025, 11);
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final YearMonth APR = YearMonth.of(2026, 4);

    private static CountCell count(YearMonth month, String ward, long count) {
        return new CountCell(month, ward, PHYSICAL_RESTRAINT, count);
    }

    /*
     * Period Jan to Apr 2026, with Oct to Dec 2025 as history.
     * Oak:   Oct 3, Nov 4, Dec 2 (mean 3.0), Jan 0 -> drop; Feb 6 without bed days; Mar 0; Apr 0 (mean of 0, 6, 0 = 2)
     * Elm:   Dec 5, Jan 4, Feb 4 + 2 seclusions = 6, Mar 0 (mean 5, but the whole of March is empty), Apr 3
     * Ash:   bed days every month, never a record -> ward without records
     * Birch: Oct to Dec 5 a month, then closed (0 bed days) -> no drop
     * March: no ward has a record -> month without records
     */
    private static final List<CountCell> COUNTS = List.of(
            count(OCT, "Oak Ward", 3), count(NOV, "Oak Ward", 4), count(DEC, "Oak Ward", 2),
            count(FEB, "Oak Ward", 6),
            count(DEC, "Elm Ward", 5), count(JAN, "Elm Ward", 4), count(FEB, "Elm Ward", 4),
            new CountCell(FEB, "Elm Ward", SECLUSION, 2), count(APR, "Elm Ward", 3),
            count(OCT, "Birch Ward", 5), count(NOV, "Birch Ward", 5), count(DEC, "Birch Ward", 5));

    private static List<BedDayCell> bedDays() {
        List<BedDayCell> cells = new ArrayList<>();
        for (YearMonth month : List.of(JAN, FEB, MAR, APR)) {
            if (!month.equals(FEB)) {
                cells.add(new BedDayCell(month, "Oak Ward", 600));
            }
            cells.add(new BedDayCell(month, "Elm Ward", 400));
            cells.add(new BedDayCell(month, "Ash Ward", 300));
            cells.add(new BedDayCell(month, "Birch Ward", 0));
        }
        return cells;
    }

    @Test
    void gapsAreFlaggedInOrderWithPlainMessages() {
        DataQualityReport report = DataQuality.check(JAN, APR, COUNTS, bedDays());

        assertThat(report.hasGaps()).isTrue();
        assertThat(report.flags()).extracting(DataQualityFlag::kind, DataQualityFlag::ward, DataQualityFlag::month)
                .containsExactly(
                        tuple(MONTH_WITHOUT_RECORDS, null, MAR),
                        tuple(WARD_WITHOUT_RECORDS, "Ash Ward", null),
                        tuple(DROP_TO_ZERO, "Oak Ward", JAN),
                        tuple(BED_DAYS_MISSING, "Oak Ward", FEB));
        assertThat(report.flags().get(0).message()).contains("March 2026");
        assertThat(report.flags().get(1).message()).contains("from January 2026 to April 2026");
        assertThat(report.flags().get(2).message()).contains("3.0 a month");
    }

    @Test
    void aClosedWardIsNotADropButAWardWithoutBedDayFiguresIs() {
        List<BedDayCell> birchNotReported = bedDays().stream()
                .filter(cell -> !(cell.ward().equals("Birch Ward") && cell.month().equals(JAN))).toList();

        DataQualityReport report = DataQuality.check(JAN, APR, COUNTS, birchNotReported);

        // Birch: Oct to Dec 5 a month, mean 5; January has no bed-day figure, so it was not known to be closed
        assertThat(report.flags()).extracting(DataQualityFlag::kind, DataQualityFlag::ward, DataQualityFlag::month)
                .contains(tuple(DROP_TO_ZERO, "Birch Ward", JAN));
    }

    @Test
    void withoutHistoryBeforeThePeriodNoDropIsFlaggedInItsFirstMonths() {
        List<CountCell> inPeriod = COUNTS.stream().filter(cell -> !cell.month().isBefore(JAN)).toList();
        assertThat(DataQuality.check(JAN, APR, inPeriod, bedDays()).flags())
                .extracting(DataQualityFlag::kind).doesNotContain(DROP_TO_ZERO);
    }

    @Test
    void completeDataHasNoGaps() {
        List<CountCell> counts = List.of(count(JAN, "Oak Ward", 4), count(FEB, "Oak Ward", 3));
        List<BedDayCell> beds = List.of(new BedDayCell(JAN, "Oak Ward", 600), new BedDayCell(FEB, "Oak Ward", 560));
        DataQualityReport report = DataQuality.check(JAN, FEB, counts, beds);
        assertThat(report.flags()).isEmpty();
        assertThat(report.hasGaps()).isFalse();
    }
}
