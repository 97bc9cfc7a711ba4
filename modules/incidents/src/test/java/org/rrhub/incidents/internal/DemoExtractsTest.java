package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;
import org.rrhub.incidents.api.BedDays;
import org.rrhub.incidents.api.BedDaysCsvReader;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.ReadResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo's extracts under tenants/incidents: the committed files are what the seeded {@link DemoExtracts} writes,
 * they import as the demo imports them (moved forward to the last complete month), whenever it runs, and the file
 * meant to be refused is refused for what it is meant to show.
 */
class DemoExtractsTest {

    private static final Path FOLDER = Path.of(System.getProperty("rrhub.repo", "../..")).resolve("tenants/incidents");

    private static String committed(String name) throws IOException {
        return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
    }

    /** The clock of a start in the month after {@code lastComplete}, as the demo would run then. */
    private static Clock runningIn(YearMonth lastComplete) {
        return Clock.fixed(lastComplete.plusMonths(1).atDay(1).atTime(8, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant(), ZoneId.of("Europe/London"));
    }

    private static ReadResult<IncidentRecord> incidents(String csv, Clock clock) {
        return new IncidentCsvReader(clock).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ReadResult<BedDays> bedDays(String csv, Clock clock) {
        return new BedDaysCsvReader(clock).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCommittedFilesAreWhatTheSeededGeneratorWrites() throws IOException {
        for (Map.Entry<String, String> file : DemoExtracts.files().entrySet()) {
            assertThat(committed(file.getKey())).as(file.getKey() + ": run DemoExtracts.main to write it again")
                    .isEqualTo(file.getValue());
        }
        assertThat(DemoExtracts.files()).as("seeded").isEqualTo(DemoExtracts.files());
    }

    @Test
    void theyImportAsTheyAreAndMovedForwardWheneverTheDemoStarts() throws IOException {
        for (YearMonth lastComplete : new YearMonth[] {DemoExtracts.LAST_MONTH, YearMonth.of(2027, 2),
                YearMonth.of(2029, 7)}) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(DemoExtracts.LAST_MONTH, lastComplete);
            Clock clock = runningIn(lastComplete);
            for (String name : new String[] {"northfield", "willow-house"}) {
                ReadResult<IncidentRecord> read = incidents(DemoExtractDates.moved(committed(name
                        + "-incidents.csv"), ExtractKind.INCIDENTS, months), clock);
                assertThat(read.problems()).as(name + " to " + lastComplete).isEmpty();
                assertThat(read.records()).extracting(r -> YearMonth.from(r.startedAt()))
                        .allMatch(m -> !m.isAfter(lastComplete) && !m.isBefore(lastComplete.minusMonths(11)));
                ReadResult<BedDays> beds = bedDays(DemoExtractDates.moved(committed(name + "-bed-days.csv"),
                        ExtractKind.BED_DAYS, months), clock);
                assertThat(beds.problems()).as(name + " bed days to " + lastComplete).isEmpty();
                assertThat(beds.records()).extracting(BedDays::month).contains(lastComplete);
            }
        }
        ReadResult<IncidentRecord> northfield = incidents(committed("northfield-incidents.csv"),
                runningIn(DemoExtracts.LAST_MONTH));
        assertThat(northfield.records()).hasSizeBetween(200, 400);
        assertThat(northfield.records()).extracting(IncidentRecord::ward).containsOnly("Ash Ward", "Birch Ward",
                "Cedar Ward");
        assertThat(northfield.records()).filteredOn(r -> r.ward().equals("Cedar Ward"))
                .extracting(r -> YearMonth.from(r.startedAt())).doesNotContain(DemoExtracts.CEDAR_SILENT);
        assertThat(northfield.records()).filteredOn(r -> !r.debriefOffered()).hasSizeGreaterThan(20);
        Map<String, Long> byGender = northfield.records().stream()
                .collect(Collectors.groupingBy(r -> r.gender().code(), Collectors.counting()));
        assertThat(byGender).as("some groups shown, some under 5 and hidden")
                .containsKeys("female", "male").allSatisfy((gender, count) -> assertThat(count).isPositive());
        assertThat(byGender.values()).anyMatch(n -> n >= 5 && n < 50).anyMatch(n -> n < 5);
    }

    @Test
    void theNightlyExtractIsRefusedForItsNhsNumbersADateAndAType() throws IOException {
        ReadResult<IncidentRecord> read = incidents(committed("northfield-nightly-extract.csv"),
                runningIn(DemoExtracts.LAST_MONTH));
        assertThat(read.problemsWithoutValues()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "nhs_number"), tuple(2L, "nhs_number"), tuple(3L, "nhs_number"),
                        tuple(3L, "started_at"), tuple(4L, "nhs_number"), tuple(4L, "type"));
        assertThat(read.problemsWithoutValues().stream().map(ImportProblem::message).collect(Collectors.joining()))
                .contains("NHS number", "not a date and time", "not a type of intervention")
                .doesNotContain("999", "27/11/2026", "'restraint'");
    }
}
