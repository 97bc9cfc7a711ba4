package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rrhub.incidents.api.InterventionType.PHYSICAL_RESTRAINT;
import static org.rrhub.incidents.api.InterventionType.RAPID_TRANQUILLISATION;
import static org.rrhub.incidents.api.InterventionType.SECLUSION;

class RatesTest {

    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    /*
     * Counts: Jan Oak physical 6, Jan Oak seclusion 2, Jan Elm physical 3, Jan Birch rapid tranquillisation 1,
     * Feb Oak physical 4; nothing in March; Dec (outside the period) Oak physical 50, ignored.
     * Bed days: Jan Oak 600, Jan Elm 400, Jan Ash 0, Feb Oak 560, Feb Elm 392, none for March or for Birch;
     * Dec Oak 620, ignored.
     */
    private static final List<CountCell> COUNTS = List.of(
            new CountCell(JAN, "Oak Ward", PHYSICAL_RESTRAINT, 6), new CountCell(JAN, "Oak Ward", SECLUSION, 2),
            new CountCell(JAN, "Elm Ward", PHYSICAL_RESTRAINT, 3),
            new CountCell(JAN, "Birch Ward", RAPID_TRANQUILLISATION, 1),
            new CountCell(FEB, "Oak Ward", PHYSICAL_RESTRAINT, 4), new CountCell(DEC, "Oak Ward", PHYSICAL_RESTRAINT, 50));
    private static final List<BedDayCell> BED_DAYS = List.of(
            new BedDayCell(JAN, "Oak Ward", 600), new BedDayCell(JAN, "Elm Ward", 400),
            new BedDayCell(JAN, "Ash Ward", 0), new BedDayCell(FEB, "Oak Ward", 560),
            new BedDayCell(FEB, "Elm Ward", 392), new BedDayCell(DEC, "Oak Ward", 620));

    @Test
    void everyMonthOfThePeriodHasARowAndMonthsWithoutBedDaysHaveNoRate() {
        List<RateRow> rows = Rates.byMonth(JAN, MAR, COUNTS, BED_DAYS);

        assertThat(rows).extracting(RateRow::label).containsExactly("2026-01", "2026-02", "2026-03");
        // Jan: (6 + 2 + 3 + 1) = 12 over (600 + 400 + 0) = 1000 bed days: 12 * 1000 / 1000 = 12.0
        assertThat(rows.get(0)).isEqualTo(new RateRow("2026-01", 12, 1000, 12.0, null));
        // Feb: 4 over (560 + 392) = 952: 4000 / 952 = 4.2017
        assertThat(rows.get(1).count()).isEqualTo(4);
        assertThat(rows.get(1).bedDays()).isEqualTo(952);
        assertThat(rows.get(1).ratePer1000()).isCloseTo(4.2017, within(0.0001));
        // Mar: no records, no bed days uploaded
        assertThat(rows.get(2).count()).isZero();
        assertThat(rows.get(2).hasRate()).isFalse();
        assertThat(rows.get(2).whyNoRate()).startsWith("No occupied bed days were uploaded for this month");
    }

    @Test
    void eachWardOverThePeriodInNameOrder() {
        List<RateRow> rows = Rates.byWard(JAN, MAR, COUNTS, BED_DAYS);

        assertThat(rows).extracting(RateRow::label).containsExactly("Ash Ward", "Birch Ward", "Elm Ward", "Oak Ward");
        // Ash: no records, 0 bed days
        assertThat(rows.get(0).ratePer1000()).isNull();
        assertThat(rows.get(0).whyNoRate()).startsWith("Occupied bed days are 0 for this ward in the period");
        // Birch: 1 record, no bed days uploaded
        assertThat(rows.get(1).count()).isEqualTo(1);
        assertThat(rows.get(1).whyNoRate()).startsWith("No occupied bed days were uploaded");
        // Elm: 3 over (400 + 392) = 792: 3000 / 792 = 3.7879
        assertThat(rows.get(2).bedDays()).isEqualTo(792);
        assertThat(rows.get(2).ratePer1000()).isCloseTo(3.7879, within(0.0001));
        // Oak: (6 + 2 + 4) = 12 over (600 + 560) = 1160: 12000 / 1160 = 10.3448 (December's 50 left out)
        assertThat(rows.get(3).count()).isEqualTo(12);
        assertThat(rows.get(3).ratePer1000()).isCloseTo(10.3448, within(0.0001));
    }

    @Test
    void eachTypeOverAllWardsBedDaysInThePeriod() {
        List<RateRow> rows = Rates.byType(JAN, MAR, COUNTS, BED_DAYS);

        assertThat(rows).extracting(RateRow::label).containsExactly("Physical restraint", "Mechanical restraint",
                "Rapid tranquillisation", "Seclusion", "Long-term segregation", "Enhanced observation");
        assertThat(rows).extracting(RateRow::bedDays).containsOnly(1952L); // 1000 in Jan + 952 in Feb
        // physical (6 + 3 + 4) = 13: 13000 / 1952 = 6.6598; RT 1: 0.5123; seclusion 2: 1.0246; the rest 0
        assertThat(rows).extracting(RateRow::count).containsExactly(13L, 0L, 1L, 2L, 0L, 0L);
        assertThat(rows.get(0).ratePer1000()).isCloseTo(6.6598, within(0.0001));
        assertThat(rows.get(1).ratePer1000()).isEqualTo(0.0);
        assertThat(rows.get(2).ratePer1000()).isCloseTo(0.5123, within(0.0001));
        assertThat(rows.get(3).ratePer1000()).isCloseTo(1.0246, within(0.0001));
    }

    @Test
    void overallIsAllCountsOverAllBedDays() {
        // (12 + 4) = 16 over 1952: 16000 / 1952 = 8.1967
        RateRow overall = Rates.overall(JAN, MAR, COUNTS, BED_DAYS);
        assertThat(overall.count()).isEqualTo(16);
        assertThat(overall.ratePer1000()).isCloseTo(8.1967, within(0.0001));
        assertThat(Rates.overall(MAR, MAR, COUNTS, BED_DAYS).hasRate()).isFalse();
    }

    @Test
    void aRateNeedsBedDaysAndAPeriodInOrder() {
        assertThat(Rates.ratePer1000(3, 0)).isNull();
        assertThat(Rates.ratePer1000(3, 1500)).isEqualTo(2.0);
        assertThatThrownBy(() -> Rates.byMonth(MAR, JAN, COUNTS, BED_DAYS)).isInstanceOf(IllegalArgumentException.class);
    }
}
