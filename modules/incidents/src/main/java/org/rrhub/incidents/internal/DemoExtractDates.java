package org.rrhub.incidents.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rrhub.incidents.api.ExtractKind;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves the dates of a demo extract forward by whole months, so the committed files (written for a fixed year)
 * always end in the last complete month and the insight's default period has them. An intervention's start moves by
 * whole months (the demo's starts fall on days 1 to 28, so each keeps its day) and its medical review and the seeking
 * of the person's views move with it by the same time; bed days move by their month. A value that is not a date is
 * left as it is: a refused demo file keeps its mistakes.
 */
final class DemoExtractDates {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final List<String> FOLLOW_UPS = List.of("medical_review_at", "views_sought_at");

    private DemoExtractDates() {
    }

    static String moved(String csv, ExtractKind kind, long months) {
        if (months == 0) {
            return csv;
        }
        try {
            List<CSVRecord> records = FORMAT.parse(new StringReader(csv)).getRecords();
            if (records.isEmpty()) {
                return csv;
            }
            List<String> header = records.get(0).toList();
            StringWriter out = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
                printer.printRecord(header);
                for (CSVRecord record : records.subList(1, records.size())) {
                    List<String> values = new ArrayList<>(record.toList());
                    if (kind == ExtractKind.INCIDENTS) {
                        moveIncident(values, header, months);
                    } else {
                        moveMonth(values, header.indexOf("month"), months);
                    }
                    printer.printRecord(values);
                }
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveIncident(List<String> values, List<String> header, long months) {
        int started = header.indexOf("started_at");
        LocalDateTime start = dateTime(values, started);
        if (start == null) {
            return;
        }
        LocalDateTime movedStart = start.plusMonths(months);
        values.set(started, movedStart.toString());
        Duration by = Duration.between(start, movedStart);
        for (String column : FOLLOW_UPS) {
            int at = header.indexOf(column);
            LocalDateTime time = dateTime(values, at);
            if (time != null) {
                values.set(at, time.plus(by).toString());
            }
        }
    }

    private static void moveMonth(List<String> values, int at, long months) {
        if (at < 0 || at >= values.size()) {
            return;
        }
        try {
            values.set(at, YearMonth.parse(values.get(at)).plusMonths(months).toString());
        } catch (DateTimeException notAMonth) {
            // left as it is
        }
    }

    private static LocalDateTime dateTime(List<String> values, int at) {
        if (at < 0 || at >= values.size()) {
            return null;
        }
        try {
            return Cells.parseDateTime(values.get(at).trim());
        } catch (DateTimeException notReal) {
            return null;
        }
    }
}
