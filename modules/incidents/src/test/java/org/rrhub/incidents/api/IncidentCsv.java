package org.rrhub.incidents.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds incident extracts for tests: a valid row, changed one column at a time. */
final class IncidentCsv {

    /** 1 April 2026, 12:00 in London (British Summer Time). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T11:00:00Z"), ZoneId.of("Europe/London"));

    static final String HEADER = "external_reference,started_at,service,ward,type,position,duration_minutes,"
            + "age_band,gender,ethnic_group,person_injured,staff_injured,medical_review_at,debrief_offered,"
            + "debrief_held,views_sought_at";

    private IncidentCsv() {
    }

    static Map<String, String> validRow(String reference) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("external_reference", reference);
        row.put("started_at", "2026-03-14T09:30");
        row.put("service", "Adult Mental Health");
        row.put("ward", "Oak Ward");
        row.put("type", "physical_restraint");
        row.put("position", "supine");
        row.put("duration_minutes", "12");
        row.put("age_band", "25_34");
        row.put("gender", "female");
        row.put("ethnic_group", "white");
        row.put("person_injured", "no");
        row.put("staff_injured", "no");
        row.put("medical_review_at", "2026-03-14T10:05");
        row.put("debrief_offered", "yes");
        row.put("debrief_held", "yes");
        row.put("views_sought_at", "2026-03-15T14:00");
        return row;
    }

    /** A valid row with some columns changed, as name-value pairs. */
    static String line(String reference, String... columnsAndValues) {
        Map<String, String> row = validRow(reference);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (!row.containsKey(columnsAndValues[i])) {
                throw new IllegalArgumentException("no column " + columnsAndValues[i]);
            }
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return String.join(",", row.values());
    }

    static String file(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static ReadResult<IncidentRecord> read(String text) {
        return new IncidentCsvReader(CLOCK).read(utf8(text));
    }

    /** Problems as "row|column|message" for compact assertions. */
    static String describe(ReadResult<?> result) {
        return result.problems().stream().map(p -> p.row() + "|" + p.column() + "|" + p.message())
                .collect(Collectors.joining("\n"));
    }
}
