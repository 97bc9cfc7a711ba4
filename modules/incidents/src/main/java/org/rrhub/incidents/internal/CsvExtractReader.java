package org.rrhub.incidents.internal;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rrhub.incidents.api.CsvColumn;
import org.rrhub.incidents.api.IdentifierCheck;
import org.rrhub.incidents.api.IdentifierKind;
import org.rrhub.incidents.api.ReadResult;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Reads an extract's CSV structure: encoding, header, rows, the identifier check on every cell; the column rules are
 * the caller's ({@link IncidentRows}, {@link BedDayRows}). Every row is checked and every problem reported, so a provider fixes a file in one round.
 *
 * <p>The header is taken from the first non-blank record here rather than by Commons CSV, so duplicate or unnamed
 * columns become problems instead of exceptions, and blank lines are skipped here rather than by the parser, so row
 * numbers stay the ones a spreadsheet shows.
 */
public final class CsvExtractReader {

    /** RFC 4180 as spreadsheets write it; spaces around values are not part of them. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .get();

    private static final int PROGRESS_EVERY_ROWS = 1000;
    private static final String NOT_UTF8 = "This contains characters that are not UTF-8 text (a spreadsheet saved "
            + "as \"CSV\" rather than \"CSV UTF-8\" does this to letters such as \u00e9 or \u00a3). Save the file as "
            + "\"CSV UTF-8 (comma delimited)\" and upload it again.";
    private static final int MAX_QUOTED_CHARS = 40;

    private final List<CsvColumn> columns;
    private final Map<String, Integer> columnByName = new HashMap<>();
    private final String columnList;

    public CsvExtractReader(List<CsvColumn> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            columnByName.put(columns.get(i).name(), i);
        }
        this.columnList = columns.stream().map(CsvColumn::name).collect(Collectors.joining(", "));
    }

    /**
     * Reads the whole stream (not closed here). {@code toRecord} gets each non-blank data row and returns its record,
     * or null when the row had problems; it must not build a record when {@link Row#hasProblems()} is true.
     *
     * @throws UncheckedIOException when the stream itself fails (an interrupted upload): that is not the provider's
     *         file being wrong, so it is not reported as a problem with it
     */
    public <T> ReadResult<T> read(InputStream in, Function<Row, T> toRecord, LongConsumer progress) {
        Problems problems = new Problems();
        List<T> records = new ArrayList<>();
        long rowsRead = 0;
        long lastRow = 0;
        try {
            BufferedReader text = utf8WithoutBom(in);
            CSVParser parser = CSVParser.parse(text, FORMAT);
            Iterator<CSVRecord> iterator = parser.iterator();
            Header header = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException broken) {
                    if (!(broken.getCause() instanceof CSVException malformed)) {
                        throw broken;
                    }
                    structureProblem(problems, lastRow + 1, malformed);
                    break;
                }
                lastRow = record.getRecordNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = readHeader(record, problems);
                    continue;
                }
                rowsRead++;
                Row row = header.row(record, problems);
                if (row != null) {
                    T result = toRecord.apply(row);
                    if (result != null && !row.hasProblems()) {
                        records.add(result);
                    }
                }
                if (rowsRead % PROGRESS_EVERY_ROWS == 0) {
                    progress.accept(rowsRead);
                }
            }
            if (header == null && problems.count() == 0) {
                problems.add(1, "", "The file is empty. The first row must name the columns: " + columnList + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadResult<>(records, problems.kept(), problems.keptWithoutValues(), rowsRead, problems.count());
    }

    /** A value for a message, short enough for a page; only values that passed the identifier check are quoted. */
    public static String quoted(String value) {
        String shown = value.length() > MAX_QUOTED_CHARS ? value.substring(0, MAX_QUOTED_CHARS) + "…" : value;
        return "'" + shown + "'";
    }

    /**
     * Bytes that are not UTF-8 become U+FFFD here and are reported cell by cell ({@link #NOT_UTF8}): the decoder
     * reads ahead in blocks, so failing at the first bad byte could not say which row it is in.
     */
    private static BufferedReader utf8WithoutBom(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Commons CSV tells the two malformations apart only in its message. */
    private static void structureProblem(Problems problems, long row, CSVException malformed) {
        String message;
        if (String.valueOf(malformed.getMessage()).contains("EOF")) {
            message = "A quoted value that starts in this row is never closed, so the rest of the file cannot be "
                    + "read. Check the quotation marks in this row.";
        } else {
            message = "The CSV structure is broken in this row: a closing quotation mark is followed by something "
                    + "other than a comma or the end of the line, so the rest of the file cannot be read. Check the "
                    + "quotation marks in this row.";
        }
        problems.add(row, "", message);
    }

    private static boolean isNotUtf8(String value) {
        return value.indexOf('\uFFFD') >= 0;
    }

    /** A blank line, or a row of empty cells as spreadsheets write below the data. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Header readHeader(CSVRecord record, Problems problems) {
        long row = record.getRecordNumber();
        int width = record.size();
        int[] documentedIndexOf = new int[width];
        String[] labels = new String[width];
        // How the record of a refused file names each column: only documented names and names the identifier check
        // recognised as naming an identifier (nhs_number), never other text from the first row.
        String[] recordLabels = new String[width];
        String[] documentedLabels = new String[columns.size()];
        int[] fileIndexOf = new int[columns.size()];
        Arrays.fill(fileIndexOf, -1);
        for (int i = 0; i < width; i++) {
            documentedIndexOf[i] = -1;
            String name = record.get(i).trim();
            Optional<IdentifierKind> identifier = IdentifierCheck.inColumnName(name);
            boolean nameIsSafeToShow = IdentifierCheck.inValue(name).isEmpty();
            labels[i] = nameIsSafeToShow ? name : "";
            recordLabels[i] = "";
            if (identifier.isPresent()) {
                recordLabels[i] = labels[i];
                problems.add(row, labels[i], identifier.get().message());
                continue;
            }
            if (isNotUtf8(name)) {
                labels[i] = "";
                problems.add(row, "", NOT_UTF8);
                continue;
            }
            if (name.isEmpty()) {
                problems.add(row, "", "Column " + (i + 1) + " has no name. Name it as one of the columns ("
                        + columnList + ") or delete it.");
                continue;
            }
            Integer documented = columnByName.get(name.toLowerCase(Locale.ROOT));
            if (documented == null) {
                // Any text can stand in the first row (a file without its header starts with data), so the record
                // kept of a refused file names an unknown column by its place.
                problems.add(row, name, "Unknown column " + quoted(name) + ": the columns are " + columnList + ".",
                        "", "Column " + (i + 1) + " is not one of the documented columns: the columns are "
                                + columnList + ".");
            } else if (fileIndexOf[documented] >= 0) {
                problems.add(row, name, "The column " + quoted(name) + " appears more than once (columns "
                        + (fileIndexOf[documented] + 1) + " and " + (i + 1) + "). Keep one.");
            } else {
                fileIndexOf[documented] = i;
                documentedIndexOf[i] = documented;
                recordLabels[i] = name;
                documentedLabels[documented] = name;
            }
        }
        boolean complete = true;
        for (int c = 0; c < columns.size(); c++) {
            CsvColumn column = columns.get(c);
            if (fileIndexOf[c] < 0) {
                documentedLabels[c] = column.name();
                if (column.required()) {
                    complete = false;
                    problems.add(row, column.name(), "The column " + quoted(column.name())
                            + " is missing. Add it to the first row, spelt as here.");
                }
            }
        }
        return new Header(labels, recordLabels, fileIndexOf, documentedLabels, complete);
    }

    /** Where each documented column sits in this file and how the file names its columns. */
    private final class Header {
        private final String[] labels;
        private final String[] recordLabels;
        private final int[] fileIndexOf;
        private final String[] documentedLabels;
        private final boolean complete;

        Header(String[] labels, String[] recordLabels, int[] fileIndexOf, String[] documentedLabels,
               boolean complete) {
            this.labels = labels;
            this.recordLabels = recordLabels;
            this.fileIndexOf = fileIndexOf;
            this.documentedLabels = documentedLabels;
            this.complete = complete;
        }

        /** Checks every cell for identifiers; null when the row's shape is wrong, so its cells cannot be placed. */
        Row row(CSVRecord record, Problems problems) {
            long number = record.getRecordNumber();
            int size = record.size();
            boolean anyRefused = false;
            boolean[] refusedInFile = new boolean[size];
            for (int i = 0; i < size; i++) {
                String value = record.get(i);
                Optional<IdentifierKind> identifier = IdentifierCheck.inValue(value);
                String problem = identifier.map(IdentifierKind::message).orElse(isNotUtf8(value) ? NOT_UTF8 : null);
                if (problem != null) {
                    String column = i < labels.length ? labels[i] : "";
                    String recorded = i < recordLabels.length ? recordLabels[i] : "";
                    problems.add(number, column, problem, recorded,
                            recorded.isEmpty() ? "In column " + (i + 1) + ": " + problem : problem);
                    refusedInFile[i] = true;
                    anyRefused = true;
                }
            }
            if (size != labels.length && !(size > labels.length && onlyEmptyBeyond(record, labels.length))) {
                problems.add(number, "", "This row has " + size + " values but the first row names "
                        + labels.length + " columns. Check for a missing or extra comma, or a comma inside a "
                        + "value that is not in quotation marks.");
                return null;
            }
            String[] values = new String[columns.size()];
            boolean[] refused = new boolean[columns.size()];
            for (int c = 0; c < values.length; c++) {
                int i = fileIndexOf[c];
                if (i >= 0) {
                    values[c] = record.get(i).trim();
                    refused[c] = refusedInFile[i];
                }
            }
            return new Row(number, values, refused, documentedLabels, problems, anyRefused || !complete);
        }

        private boolean onlyEmptyBeyond(CSVRecord record, int width) {
            for (int i = width; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
