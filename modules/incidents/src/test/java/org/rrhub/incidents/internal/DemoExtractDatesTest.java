package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.incidents.api.ExtractKind;

import static org.assertj.core.api.Assertions.assertThat;

class DemoExtractDatesTest {

    private static final String HEADER = "external_reference,started_at,service,ward,type,position,duration_minutes,"
            + "age_band,gender,ethnic_group,person_injured,staff_injured,medical_review_at,debrief_offered,"
            + "debrief_held,views_sought_at\r\n";

    @Test
    void aStartMovesByWholeMonthsAndItsFollowUpsWithItByTheSameTime() {
        String csv = HEADER
                + "NF-1,2026-01-28T23:30,Adult acute,Ash Ward,physical_restraint,prone,4,25_34,male,white,no,no,"
                + "2026-01-29T00:10,yes,yes,2026-01-31T12:00\r\n"
                + "NF-2,2026-11-03 09:15,Adult acute,Ash Ward,seclusion,,200,25_34,male,white,no,no,,yes,no,\r\n";

        assertThat(DemoExtractDates.moved(csv, ExtractKind.INCIDENTS, 1)).isEqualTo(HEADER
                // 31 days between 28 January and 28 February, so the follow-ups land in March, still after it.
                + "NF-1,2026-02-28T23:30,Adult acute,Ash Ward,physical_restraint,prone,4,25_34,male,white,no,no,"
                + "2026-03-01T00:10,yes,yes,2026-03-03T12:00\r\n"
                + "NF-2,2026-12-03T09:15,Adult acute,Ash Ward,seclusion,,200,25_34,male,white,no,no,,yes,no,\r\n");
        assertThat(DemoExtractDates.moved(csv, ExtractKind.INCIDENTS, 0)).isSameAs(csv);
    }

    @Test
    void whatIsNotADateIsLeftAsItIs() {
        String csv = HEADER + "NF-3,27/11/2026 21:40,Adult acute,Ash Ward,seclusion,,195,18_24,female,black,no,"
                + "yes,2026-11-27T22:30,yes,no,\r\n";
        assertThat(DemoExtractDates.moved(csv, ExtractKind.INCIDENTS, 5)).isEqualTo(csv);
    }

    @Test
    void bedDaysMoveByTheirMonth() {
        String csv = "service,ward,month,occupied_bed_days\r\nAdult acute,Ash Ward,2025-12,510\r\n"
                + "Adult acute,Ash Ward,Dec 25,480\r\n";
        assertThat(DemoExtractDates.moved(csv, ExtractKind.BED_DAYS, 14)).isEqualTo("service,ward,month,"
                + "occupied_bed_days\r\nAdult acute,Ash Ward,2027-02,510\r\nAdult acute,Ash Ward,Dec 25,480\r\n");
    }
}
