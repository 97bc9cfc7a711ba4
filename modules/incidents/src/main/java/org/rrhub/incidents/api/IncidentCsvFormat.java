package org.rrhub.incidents.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The documented columns of each extract, in order: one source for the format page, the downloadable template and
 * the readers, so what providers are told is what is checked.
 */
public final class IncidentCsvFormat {

    /** Durations longer than 30 days are certainly typing mistakes; long-term segregation is reported in episodes. */
    public static final int MAX_DURATION_MINUTES = 43_200;
    public static final int MAX_BED_DAYS = 1_000_000;
    public static final int MAX_REFERENCE_LENGTH = 64;

    private static final String YES_NO = "yes or no (y, n, true and false are read too).";

    private static final List<CsvColumn> INCIDENT_COLUMNS = List.of(
            new CsvColumn("external_reference", true, "Your own identifier for the incident, 1 to "
                    + MAX_REFERENCE_LENGTH + " characters of letters, digits and - _ / . ; unique in your extracts. "
                    + "Never a patient's NHS number or hospital number.", "INC-2026-000123"),
            new CsvColumn("started_at", true, "When the intervention started, local time, as 2026-03-14T09:30 or "
                    + "2026-03-14 09:30 (seconds may follow). Not in the future.", "2026-03-14T09:30"),
            new CsvColumn("service", true, "The service the ward belongs to, 1 to 120 characters.",
                    "Adult Mental Health"),
            new CsvColumn("ward", true, "The ward or unit, 1 to 120 characters, spelt the same in every extract.",
                    "Oak Ward"),
            new CsvColumn("type", true, "One of: " + InterventionType.codeList() + ".", "physical_restraint"),
            new CsvColumn("position", true, "For physical_restraint, the main position held in, one of: "
                    + RestraintPosition.codeList() + ". Leave empty for every other type.", "supine"),
            new CsvColumn("duration_minutes", true, "How long the intervention lasted, in whole minutes, 0 to "
                    + String.format(Locale.UK, "%,d", MAX_DURATION_MINUTES) + ".", "12"),
            new CsvColumn("age_band", true, "The person's age band, one of: " + AgeBand.codeList() + ".", "25_34"),
            new CsvColumn("gender", true, "One of: " + Gender.codeList() + ".", "female"),
            new CsvColumn("ethnic_group", true, "ONS 2021 high-level category, one of: " + EthnicGroup.codeList()
                    + ".", "white"),
            new CsvColumn("person_injured", true, "Whether the person was injured: " + YES_NO, "no"),
            new CsvColumn("staff_injured", true, "Whether a member of staff was injured: " + YES_NO, "no"),
            new CsvColumn("medical_review_at", false, "When a doctor reviewed the person after the intervention, "
                    + "same form as started_at; empty if there was no review. Not before started_at.",
                    "2026-03-14T10:05"),
            new CsvColumn("debrief_offered", true, "Whether a debrief was offered: " + YES_NO, "yes"),
            new CsvColumn("debrief_held", true, "Whether a debrief took place: " + YES_NO
                    + " yes needs debrief_offered yes.", "yes"),
            new CsvColumn("views_sought_at", false, "When the person's views on the intervention were sought, same "
                    + "form as started_at; empty if they were not. Not before started_at.", "2026-03-15T14:00"));

    /** The template's second row: an intervention of another type, with the optional dates left empty. */
    private static final List<String> SECOND_INCIDENT_EXAMPLE = List.of("INC-2026-000124", "2026-03-15 22:10",
            "Adult Mental Health", "Oak Ward", "seclusion", "", "185", "35_44", "male", "black", "no", "yes", "",
            "yes", "no", "");

    private static final List<CsvColumn> BED_DAY_COLUMNS = List.of(
            new CsvColumn("service", true, "The service the ward belongs to, spelt as in the incident extract.",
                    "Adult Mental Health"),
            new CsvColumn("ward", true, "The ward or unit, spelt as in the incident extract.", "Oak Ward"),
            new CsvColumn("month", true, "The calendar month, as 2026-03. One row per service, ward and month. "
                    + "Not in the future.", "2026-03"),
            new CsvColumn("occupied_bed_days", true, "The ward's occupied bed days in the month, a whole number from 0 "
                    + "to " + String.format(Locale.UK, "%,d", MAX_BED_DAYS) + ".", "558"));

    private static final List<String> SECOND_BED_DAYS_EXAMPLE = List.of("Adult Mental Health", "Elm Ward",
            "2026-03", "434");

    private IncidentCsvFormat() {
    }

    /** The columns of an extract in the order the template has them. */
    public static List<CsvColumn> columns(ExtractKind kind) {
        return switch (kind) {
            case INCIDENTS -> INCIDENT_COLUMNS;
            case BED_DAYS -> BED_DAY_COLUMNS;
        };
    }

    /** A template to download: the header and two realistic rows, RFC 4180 with CRLF line ends, as Excel writes. */
    public static String template(ExtractKind kind) {
        List<CsvColumn> columns = columns(kind);
        List<String> second = switch (kind) {
            case INCIDENTS -> SECOND_INCIDENT_EXAMPLE;
            case BED_DAYS -> SECOND_BED_DAYS_EXAMPLE;
        };
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(CsvColumn::name).toList());
            printer.printRecord(columns.stream().map(CsvColumn::example).toList());
            printer.printRecord(second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
