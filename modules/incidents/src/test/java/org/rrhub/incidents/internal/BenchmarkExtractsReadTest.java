package org.rrhub.incidents.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rrhub.incidents.api.IncidentCsvReader;
import org.rrhub.incidents.api.IncidentRecord;
import org.rrhub.incidents.api.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's synthetic extracts are real providers' data in shape: the identifier check must let them through. */
class BenchmarkExtractsReadTest {

    private static final Clock AFTER_THE_LAST_MONTH = Clock.fixed(Instant.parse("2026-04-01T11:00:00Z"),
            ZoneId.of("Europe/London"));

    @Test
    void everyRowOfTheBenchmarkExtractIsAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extract.csv");
        SyntheticIncidents.writeExtract(file, SyntheticIncidents.WARDS, 50_000, 20260701L);

        ReadResult<IncidentRecord> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new IncidentCsvReader(AFTER_THE_LAST_MONTH).read(in);
        }

        assertThat(read.problems()).isEmpty();
        assertThat(read.records()).hasSize(50_000);
    }
}
