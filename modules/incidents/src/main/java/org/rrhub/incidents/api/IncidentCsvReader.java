package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.CsvExtractReader;
import org.rrhub.incidents.internal.IncidentRows;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;

/**
 * Reads and checks a provider's incident extract (UTF-8 CSV, columns as {@link IncidentCsvFormat} documents), so
 * only anonymised, complete and consistent records are imported and every problem is shown at once.
 */
public final class IncidentCsvReader {

    private static final CsvExtractReader EXTRACT = new CsvExtractReader(IncidentRows.columns());

    private final Clock clock;

    /** The clock's zone should be the provider's (Europe/London): "in the future" compares local times. */
    public IncidentCsvReader(Clock clock) {
        this.clock = clock;
    }

    public ReadResult<IncidentRecord> read(InputStream in) {
        return read(in, rows -> { });
    }

    /**
     * {@code progress} is told the number of data rows read after every 1,000 rows, for a progress bar. The stream is
     * not closed. A file that is wrong gives problems, never an exception; a stream that fails while being read
     * throws {@link java.io.UncheckedIOException}.
     */
    public ReadResult<IncidentRecord> read(InputStream in, LongConsumer progress) {
        return EXTRACT.read(in, new IncidentRows(LocalDateTime.now(clock)), progress);
    }
}
