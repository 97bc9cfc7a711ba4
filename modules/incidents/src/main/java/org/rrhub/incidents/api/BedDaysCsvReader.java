package org.rrhub.incidents.api;

import org.rrhub.incidents.internal.BedDayRows;
import org.rrhub.incidents.internal.CsvExtractReader;

import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.LongConsumer;

/** Reads and checks a provider's occupied bed days extract, the denominator of every rate. */
public final class BedDaysCsvReader {

    private static final CsvExtractReader EXTRACT = new CsvExtractReader(BedDayRows.columns());

    private final Clock clock;

    /** The clock decides which months are in the future; its zone should be the provider's (Europe/London). */
    public BedDaysCsvReader(Clock clock) {
        this.clock = clock;
    }

    public ReadResult<BedDays> read(InputStream in) {
        return read(in, rows -> { });
    }

    /**
     * {@code progress} is told the number of data rows read after every 1,000 rows, for a progress bar. The stream is
     * not closed. A file that is wrong gives problems, never an exception; a stream that fails while being read
     * throws {@link java.io.UncheckedIOException}.
     */
    public ReadResult<BedDays> read(InputStream in, LongConsumer progress) {
        return EXTRACT.read(in, new BedDayRows(YearMonth.now(clock)), progress);
    }
}
