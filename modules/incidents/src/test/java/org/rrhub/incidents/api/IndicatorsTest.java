package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IndicatorsTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 14, 10, 0);

    private static IncidentRecord record(String reference, InterventionType type, LocalDateTime reviewAt,
                                         boolean offered, boolean held, LocalDateTime viewsAt) {
        return new IncidentRecord(reference, START, "AMH", "Oak Ward", type,
                type == InterventionType.PHYSICAL_RESTRAINT ? RestraintPosition.SEATED : null, 10, AgeBand.AGE_25_34,
                Gender.MALE, EthnicGroup.WHITE, false, false, reviewAt, offered, held, viewsAt);
    }

    @Test
    void percentagesOfWhatEachIndicatorAppliesTo() {
        List<Indicator> indicators = Indicators.of(new IndicatorCounts(20, 15, 50, 40, 25, 10, 48));

        assertThat(indicators).containsExactly(
                new Indicator("Medical review within one hour of restraint (Standard 2.5.2.XI)", 15, 20, 75.0),
                new Indicator("Debrief offered", 40, 50, 80.0),   // 40 / 50 = 80 %
                new Indicator("Debrief held", 25, 50, 50.0),      // 25 / 50 = 50 %
                new Indicator("Person's views sought within 48 hours", 10, 50, 20.0)); // 10 / 50 = 20 %
    }

    @Test
    void noPercentageWhenNothingApplies() {
        List<Indicator> indicators = Indicators.of(new IndicatorCounts(0, 0, 0, 0, 0, 0, 72));
        assertThat(indicators).extracting(Indicator::percent).containsOnlyNulls();
        assertThat(Indicator.of("x", 1, 3).percent()).isCloseTo(33.333, within(0.001));
        assertThatThrownBy(() -> Indicator.of("x", 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallyCountsExactlyWhatEachIndicatorMeans() {
        List<IncidentRecord> records = List.of(
                // restraint reviewed at 60 minutes exactly: met; views at 72 hours exactly: within 72
                record("A", InterventionType.PHYSICAL_RESTRAINT, START.plusMinutes(60), true, true,
                        START.plusHours(72)),
                // restraint reviewed at 60 minutes 30 seconds: rounds up to 61, not met; views at 72h01m: 73 hours
                record("B", InterventionType.MECHANICAL_RESTRAINT, START.plusMinutes(60).plusSeconds(30), true,
                        false, START.plusHours(72).plusMinutes(1)),
                // restraint never reviewed, no debrief, views not sought
                record("C", InterventionType.PHYSICAL_RESTRAINT, null, false, false, null),
                // seclusion reviewed at 10 minutes: not a restraint, so not in the medical review indicator
                record("D", InterventionType.SECLUSION, START.plusMinutes(10), true, true, START.plusHours(24)));

        // restraints A, B, C = 3, reviewed in time A = 1; 4 interventions; offered A, B, D = 3; held A, D = 2;
        // views within 72 hours A, D = 2; within 73 hours A, B, D = 3
        assertThat(IndicatorCounts.tally(records, 72)).isEqualTo(new IndicatorCounts(3, 1, 4, 3, 2, 2, 72));
        assertThat(IndicatorCounts.tally(records, 73).viewsSoughtInTime()).isEqualTo(3);
        assertThat(Indicators.of(IndicatorCounts.tally(records, Indicators.DEFAULT_VIEWS_WITHIN_HOURS)).get(3).name())
                .isEqualTo("Person's views sought within 72 hours");
    }
}
