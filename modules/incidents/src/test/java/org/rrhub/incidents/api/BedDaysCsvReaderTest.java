package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rrhub.incidents.api.IncidentCsv.file;
import static org.rrhub.incidents.api.IncidentCsv.utf8;

class BedDaysCsvReaderTest {

    private static final String HEADER = "service,ward,month,occupied_bed_days";

    private static ReadResult<BedDays> read(String text) {
        return new BedDaysCsvReader(IncidentCsv.CLOCK).read(utf8(text));
    }

    @Test
    void aGoodFileGivesEveryRow() {
        ReadResult<BedDays> result = read(file(HEADER, "Adult Mental Health,Oak Ward,2026-03,558",
                "Adult Mental Health,Elm Ward,2026-04,0", "Adult Mental Health,Oak Ward,2026-02,1000000"));
        assertThat(IncidentCsv.describe(result)).isEmpty();
        assertThat(result.records()).containsExactly(
                new BedDays("Adult Mental Health", "Oak Ward", YearMonth.of(2026, 3), 558),
                new BedDays("Adult Mental Health", "Elm Ward", YearMonth.of(2026, 4), 0),
                new BedDays("Adult Mental Health", "Oak Ward", YearMonth.of(2026, 2), 1_000_000));
    }

    @Test
    void badMonthsAndNumbersAreReportedByRowAndColumn() {
        // The clock is in April 2026, so May 2026 is in the future.
        ReadResult<BedDays> result = read(file(HEADER,
                "AMH,Oak Ward,March 2026,558",
                "AMH,Oak Ward,2026-13,558",
                "AMH,Oak Ward,2026-05,558",
                "AMH,Oak Ward,2026-01,-3",
                "AMH,Oak Ward,2025-12,1000001",
                "AMH,,2025-11,12.5"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                tuple(2L, "month"), tuple(3L, "month"), tuple(4L, "month"), tuple(5L, "occupied_bed_days"),
                tuple(6L, "occupied_bed_days"), tuple(7L, "ward"), tuple(7L, "occupied_bed_days"));
        assertThat(result.problems().get(2).message()).contains("future");
        assertThat(result.records()).isEmpty();
    }

    @Test
    void aWardMonthTwiceIsReportedOnTheLaterRow() {
        ReadResult<BedDays> result = read(file(HEADER, "AMH,Oak Ward,2026-03,558", "AMH,Elm Ward,2026-03,400",
                "AMH,Oak Ward,2026-03,560", "Forensic,Oak Ward,2026-03,90"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(4L, ""));
        assertThat(result.problems().get(0).message()).startsWith("Row 2 already gives");
    }

    @Test
    void missingAndUnknownColumnsAreRowOneProblems() {
        ReadResult<BedDays> result = read(file("service,ward,month,beds", "AMH,Oak Ward,2026-03,558"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "beds"), tuple(1L, "occupied_bed_days"));
        assertThat(result.problems().get(0).message())
                .isEqualTo("Unknown column 'beds': the columns are service, ward, month, occupied_bed_days.");
    }
}
