package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rrhub.incidents.api.IncidentCsv.HEADER;
import static org.rrhub.incidents.api.IncidentCsv.file;
import static org.rrhub.incidents.api.IncidentCsv.line;
import static org.rrhub.incidents.api.IncidentCsv.read;

/**
 * The problems kept with a refused import say what was wrong and where without any value from the file: the upload
 * shows the values that passed the identifier check (they help to find the cell), the record keeps none, because a
 * refused file's values may be the very identifiers, or the local patient numbers, it was refused for.
 */
class ProblemsWithoutValuesTest {

    private static String all(List<ImportProblem> problems) {
        return problems.stream().map(p -> p.row() + "|" + p.column() + "|" + p.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void valuesQuotedAtUploadAreLeftOutOfTheRecord() {
        ReadResult<IncidentRecord> result = read(file(HEADER,
                line("RX1234567", "gender", "Jane Doe"),
                line("INC-2", "started_at", "1961-02-17"),
                line("INC-3", "duration_minutes", "Ward 7 bed 4", "person_injured", "Fractured wrist"),
                line("INC-4", "age_band", "DOB 17/02/61", "medical_review_at", "2026-02-30T10:00"),
                line("RX1234567")));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2L, "gender"), tuple(3L, "started_at"), tuple(4L, "duration_minutes"),
                        tuple(4L, "person_injured"), tuple(5L, "age_band"), tuple(5L, "medical_review_at"),
                        tuple(6L, "external_reference"));
        assertThat(result.problemsWithoutValues()).extracting(ImportProblem::row, ImportProblem::column)
                .as("the same problems, in the same places").containsExactlyElementsOf(result.problems().stream()
                        .map(p -> tuple(p.row(), p.column())).toList());
        assertThat(all(result.problems())).as("the upload's response is as before")
                .contains("'Jane Doe' is not a gender", "'1961-02-17' is not a date and time",
                        "The reference 'RX1234567' is already used in row 2");
        assertThat(all(result.problemsWithoutValues()))
                .doesNotContain("Jane", "Doe", "1961", "Ward 7", "Fractured", "17/02/61", "2026-02-30", "RX1234567")
                .contains("This value is not a gender. Use one of: female, male",
                        "This value is not a real date and time.",
                        "This reference is already used in row 2. Each incident needs its own reference.");
    }

    @Test
    void aFirstRowOfDataIsNamedByPlaceInTheRecord() {
        ReadResult<IncidentRecord> result = read(file(
                "INC-7,2026-03-14T09:30,Adult Mental Health,Oak Ward,Patient Jane Doe,x",
                "INC-8,2026-03-14T09:30,Adult Mental Health,Oak Ward,943 476 5919,y"));

        assertThat(all(result.problems())).as("at upload, as before").contains("Unknown column 'Patient Jane Doe'");
        java.util.Set<String> documented = IncidentCsvFormat.columns(ExtractKind.INCIDENTS).stream()
                .map(CsvColumn::name).collect(Collectors.toSet());
        assertThat(result.problemsWithoutValues()).extracting(ImportProblem::column)
                .as("documented columns (here the missing ones) or none")
                .allMatch(column -> column.isEmpty() || documented.contains(column));
        assertThat(all(result.problemsWithoutValues()))
                .doesNotContain("Jane", "Doe", "INC-7", "Oak Ward", "5919")
                .contains("Column 5 is not one of the documented columns: the columns are external_reference,")
                .contains("In column 5: This looks like an NHS number.");
    }

    @Test
    void identifierColumnsKeepTheirNameTheirCellsOnlyTheirPlace() {
        ReadResult<IncidentRecord> result = read(file(HEADER + ",nhs_number,notes",
                line("INC-1") + ",943 476 5919,Mrs Jane Smith rang"));

        assertThat(result.problemsWithoutValues()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "nhs_number"), tuple(1L, ""), tuple(2L, "nhs_number"), tuple(2L, ""));
        assertThat(result.problemsWithoutValues().get(3).message()).startsWith("In column 18: This looks like a "
                + "person's name");
        assertThat(all(result.problemsWithoutValues())).doesNotContain("5919", "Smith", "notes");
    }

    @Test
    void bedDaysToo() {
        ReadResult<BedDays> result = new BedDaysCsvReader(IncidentCsv.CLOCK).read(IncidentCsv.utf8(file(
                "service,ward,month,occupied_bed_days",
                "Adult Mental Health,Oak Ward,March 2026,five hundred")));

        assertThat(all(result.problems())).contains("'March 2026'", "'five hundred'");
        assertThat(all(result.problemsWithoutValues())).doesNotContain("March", "five")
                .contains("2|month|This value is not a month in the form 2026-03.")
                .contains("2|occupied_bed_days|This value is not a whole number of bed days.");
    }
}
