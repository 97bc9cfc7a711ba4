package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.incidents.api.AgeBand;
import org.rrhub.incidents.api.EthnicGroup;
import org.rrhub.incidents.api.Gender;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.InterventionType;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedMonthsTest {

    private static IncidentRecord startedIn(String month) {
        return new IncidentRecord("INC-1", YearMonth.parse(month).atDay(10).atTime(14, 0), "Adult acute", "Oak Ward",
                InterventionType.SECLUSION, null, 60, AgeBand.AGE_25_34, Gender.FEMALE, EthnicGroup.WHITE, false,
                false, null, true, true, null);
    }

    private static ChangedMonths.Span span(String first, String last) {
        return new ChangedMonths.Span(YearMonth.parse(first), YearMonth.parse(last));
    }

    @Test
    void newRowsChangeTheirMonthsInRunsOfConsecutiveMonths() {
        ChangedMonths changed = new ChangedMonths();
        changed.added(startedIn("2025-03"));
        changed.added(startedIn("2025-01"));
        changed.added(startedIn("2025-02"));
        changed.added(startedIn("2025-02"));
        changed.added(startedIn("2025-06"));

        assertThat(changed.spans()).containsExactly(span("2025-01", "2025-03"), span("2025-06", "2025-06"));
    }

    @Test
    void aCorrectionChangesTheMonthTheIncidentLeavesAsWellAsTheOneItMovesTo() {
        ChangedMonths changed = new ChangedMonths();
        changed.corrected(YearMonth.parse("2024-11"), startedIn("2025-04"));

        assertThat(changed.spans()).containsExactly(span("2024-11", "2024-11"), span("2025-04", "2025-04"));
    }

    @Test
    void aRunGoesOnAcrossTheTurnOfTheYear() {
        ChangedMonths changed = new ChangedMonths();
        changed.added(startedIn("2025-01"));
        changed.corrected(YearMonth.parse("2024-12"), startedIn("2024-12"));

        assertThat(changed.spans()).containsExactly(span("2024-12", "2025-01"));
    }

    @Test
    void nothingStoredChangesNothing() {
        assertThat(new ChangedMonths().spans()).isEmpty();
    }
}
