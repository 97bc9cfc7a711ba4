package org.rrhub.incidents.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.rrhub.incidents.api.IncidentCsv.HEADER;
import static org.rrhub.incidents.api.IncidentCsv.file;
import static org.rrhub.incidents.api.IncidentCsv.line;
import static org.rrhub.incidents.api.IncidentCsv.read;

class IncidentCsvReaderTest {

    /** The single problem of a file with one changed row, as "row|column". */
    private static ImportProblem onlyProblem(String... columnsAndValues) {
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC-1"), line("INC-2", columnsAndValues)));
        assertThat(result.problems()).as(IncidentCsv.describe(result)).hasSize(1);
        assertThat(result.ok()).isFalse();
        assertThat(result.records()).extracting(IncidentRecord::externalReference).containsExactly("INC-1");
        return result.problems().get(0);
    }

    @Test
    void aGoodFileGivesEveryRecordWithItsValues() {
        ReadResult<IncidentRecord> result = read(file(HEADER,
                line("INC-1"),
                line("INC-2", "started_at", "2026-03-15 22:10:30", "type", "Seclusion", "position", "",
                        "duration_minutes", "185", "age_band", "65_plus", "gender", "not_known",
                        "ethnic_group", "not_stated", "person_injured", "Y", "staff_injured", "TRUE",
                        "medical_review_at", "", "debrief_offered", "n", "debrief_held", "false",
                        "views_sought_at", "")));

        assertThat(IncidentCsv.describe(result)).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.records()).containsExactly(
                new IncidentRecord("INC-1", LocalDateTime.of(2026, 3, 14, 9, 30), "Adult Mental Health", "Oak Ward",
                        InterventionType.PHYSICAL_RESTRAINT, RestraintPosition.SUPINE, 12, AgeBand.AGE_25_34,
                        Gender.FEMALE, EthnicGroup.WHITE, false, false, LocalDateTime.of(2026, 3, 14, 10, 5),
                        true, true, LocalDateTime.of(2026, 3, 15, 14, 0)),
                new IncidentRecord("INC-2", LocalDateTime.of(2026, 3, 15, 22, 10, 30), "Adult Mental Health",
                        "Oak Ward", InterventionType.SECLUSION, null, 185, AgeBand.AGE_65_PLUS, Gender.NOT_KNOWN,
                        EthnicGroup.NOT_STATED, true, true, null, false, false, null));
    }

    @Test
    void columnsMayComeInAnyOrderAndAnyCaseWithSpacesAroundValues() {
        String header = "Ward , TYPE,external_reference,started_at,service,position,duration_minutes,age_band,gender,"
                + "ethnic_group,person_injured,staff_injured,debrief_offered,debrief_held";
        ReadResult<IncidentRecord> result = read(file(header,
                " Elm Ward ,  mechanical_restraint ,INC-9,2026-03-01T08:00, Forensic ,,30,18_24,male,asian,no,no,"
                        + "yes,no"));

        assertThat(IncidentCsv.describe(result)).isEmpty();
        IncidentRecord record = result.records().get(0);
        assertThat(record.ward()).isEqualTo("Elm Ward");
        assertThat(record.service()).isEqualTo("Forensic");
        assertThat(record.type()).isEqualTo(InterventionType.MECHANICAL_RESTRAINT);
        assertThat(record.medicalReviewAt()).as("optional columns may be left out").isNull();
    }

    @Test
    void aDateInAnotherFormatIsRefusedWithAHintForSpreadsheetDates() {
        ImportProblem problem = onlyProblem("started_at", "14/03/2026 09:30");
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("started_at");
        assertThat(problem.message()).contains("not a date and time").contains("yyyy-mm-dd hh:mm");
    }

    @Test
    void aDateThatDoesNotExistIsRefused() {
        ImportProblem problem = onlyProblem("started_at", "2026-02-30T09:30");
        assertThat(problem.column()).isEqualTo("started_at");
        assertThat(problem.message()).contains("not a real date");
    }

    @Test
    void aDateInTheFutureIsRefused() {
        // The clock says 2026-04-01 12:00 in London; one minute later is the future.
        ImportProblem problem = onlyProblem("started_at", "2026-04-01T12:01", "medical_review_at", "",
                "views_sought_at", "");
        assertThat(problem.column()).isEqualTo("started_at");
        assertThat(problem.message()).contains("future");
        assertThat(read(file(HEADER, line("INC-1", "started_at", "2026-04-01T12:00", "medical_review_at", "",
                "views_sought_at", ""))).ok()).as("now is not the future").isTrue();
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheCodes() {
        ImportProblem problem = onlyProblem("type", "restraint");
        assertThat(problem.column()).isEqualTo("type");
        assertThat(problem.message()).contains("'restraint'").contains("physical_restraint, mechanical_restraint");
        assertThat(onlyProblem("ethnic_group", "british").column()).isEqualTo("ethnic_group");
        assertThat(onlyProblem("age_band", "18-24").column()).isEqualTo("age_band");
        assertThat(onlyProblem("gender", "f").column()).isEqualTo("gender");
        assertThat(onlyProblem("position", "sideways").column()).isEqualTo("position");
    }

    @Test
    void physicalRestraintNeedsAPosition() {
        ImportProblem problem = onlyProblem("position", "");
        assertThat(problem.column()).isEqualTo("position");
        assertThat(problem.message()).isEqualTo("A value is needed here.");
    }

    @Test
    void otherTypesMustLeaveThePositionEmpty() {
        ImportProblem problem = onlyProblem("type", "seclusion", "position", "prone");
        assertThat(problem.column()).isEqualTo("position");
        assertThat(problem.message()).contains("physical_restraint only").contains("seclusion");
    }

    @Test
    void durationsMustBeWholeMinutesWithinThirtyDays() {
        assertThat(onlyProblem("duration_minutes", "-1").message()).contains("between 0 and 43,200 minutes");
        assertThat(onlyProblem("duration_minutes", "43201").message()).contains("between 0 and 43,200 minutes");
        assertThat(onlyProblem("duration_minutes", "99999999999999").message()).contains("between 0 and 43,200");
        assertThat(onlyProblem("duration_minutes", "12.5").message()).contains("not a whole number");
        assertThat(read(file(HEADER, line("A", "duration_minutes", "0"), line("B", "duration_minutes", "43200")))
                .ok()).as("both ends of the range").isTrue();
    }

    @Test
    void aDebriefCannotBeHeldWithoutBeingOffered() {
        ImportProblem problem = onlyProblem("debrief_offered", "no", "debrief_held", "yes");
        assertThat(problem.column()).isEqualTo("debrief_held");
        assertThat(problem.message()).contains("without being offered");
    }

    @Test
    void reviewsAndViewsCannotComeBeforeTheStart() {
        ImportProblem review = onlyProblem("medical_review_at", "2026-03-14T09:29");
        assertThat(review.column()).isEqualTo("medical_review_at");
        assertThat(review.message()).contains("before the intervention started");
        assertThat(onlyProblem("views_sought_at", "2026-03-13T09:30").column()).isEqualTo("views_sought_at");
    }

    @Test
    void yesNoColumnsAcceptOnlyYesOrNo() {
        ImportProblem problem = onlyProblem("person_injured", "maybe");
        assertThat(problem.column()).isEqualTo("person_injured");
        assertThat(problem.message()).contains("not yes or no");
    }

    @Test
    void referencesUseASafeAlphabetAndAtMost64Characters() {
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC 1"), line("R".repeat(65)),
                line("INC/2026.07_a-b")));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2L, "external_reference"),
                        tuple(3L, "external_reference"));
        assertThat(result.records()).extracting(IncidentRecord::externalReference).containsExactly("INC/2026.07_a-b");
    }

    @Test
    void serviceAndWardHaveAtMost120Characters() {
        ImportProblem problem = onlyProblem("service", "x".repeat(121));
        assertThat(problem.column()).isEqualTo("service");
        assertThat(problem.message()).contains("121 characters").contains("at most 120");
        assertThat(read(file(HEADER, line("INC-1", "service", "x".repeat(120)))).ok()).isTrue();
    }

    @Test
    void serviceAndWardRefuseControlCharacters() {
        ImportProblem problem = onlyProblem("ward", "\"Oak\tWard\"");
        assertThat(problem.column()).isEqualTo("ward");
        assertThat(problem.message()).contains("control character");
    }

    @Test
    void everyProblemOfEveryRowIsReportedNotJustTheFirst() {
        ReadResult<IncidentRecord> result = read(file(HEADER,
                line("INC-1", "type", "hold", "duration_minutes", "x"),
                line("INC-2"),
                line("INC-3", "gender", "", "debrief_offered", "no", "debrief_held", "yes")));

        assertThat(result.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly(
                "2 type", "2 duration_minutes", "4 gender", "4 debrief_held");
        assertThat(result.problemCount()).isEqualTo(4);
        assertThat(result.records()).extracting(IncidentRecord::externalReference).containsExactly("INC-2");
    }

    @Test
    void eachMissingColumnIsAProblemOfRowOne() {
        String header = HEADER.replace("ward,", "").replace(",gender", "");
        ReadResult<IncidentRecord> result = read(file(header));
        assertThat(result.problems()).containsExactly(
                new ImportProblem(1, "ward", "The column 'ward' is missing. Add it to the first row, spelt as here."),
                new ImportProblem(1, "gender",
                        "The column 'gender' is missing. Add it to the first row, spelt as here."));
    }

    @Test
    void anUnknownColumnIsRefused() {
        ReadResult<IncidentRecord> result = read(file(HEADER + ",notes", line("INC-1") + ",calm now"));
        assertThat(result.problems()).hasSize(1);
        ImportProblem problem = result.problems().get(0);
        assertThat(problem.row()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo("notes");
        assertThat(problem.message()).startsWith("Unknown column 'notes': the columns are external_reference, "
                + "started_at, service");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        ReadResult<IncidentRecord> result = read(file(HEADER + ",Ward", line("INC-1") + ",Oak Ward"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "Ward"));
        assertThat(result.problems().get(0).message()).contains("columns 4 and 17");
    }

    @Test
    void aDuplicateReferenceIsReportedOnTheLaterRowNamingTheEarlierOne() {
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC-1"), line("INC-2"), line("INC-1")));
        assertThat(result.problems()).hasSize(1);
        ImportProblem problem = result.problems().get(0);
        assertThat(problem.row()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo("external_reference");
        assertThat(problem.message()).contains("already used in row 2");
    }

    @Test
    void anUnclosedQuoteIsOneProblemNamingItsRowNotAnException() {
        String broken = line("INC-3", "ward", "\"Oak Ward");
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC-1"), line("INC-2"), broken, line("INC-4")));
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).row()).isEqualTo(4);
        assertThat(result.problems().get(0).column()).isEmpty();
        assertThat(result.problems().get(0).message()).contains("never closed");
        assertThat(result.rowsRead()).isEqualTo(2);
    }

    @Test
    void textAfterAClosingQuoteIsOneProblemNamingItsRow() {
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC-1", "ward", "\"Oak\" Ward")));
        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(2L);
        assertThat(result.problems().get(0).message()).contains("closing quotation mark");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        ReadResult<IncidentRecord> result = read("\uFEFF" + file(HEADER, line("INC-1")));
        assertThat(IncidentCsv.describe(result)).isEmpty();
        assertThat(result.records()).hasSize(1);
    }

    @Test
    void textThatIsNotUtf8IsReportedInItsRowAndColumn() {
        byte[] latin1 = file(HEADER, line("INC-1"), line("INC-2", "ward", "Caf\u00e9 Ward"), line("INC-3"))
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadResult<IncidentRecord> result = new IncidentCsvReader(IncidentCsv.CLOCK)
                .read(new ByteArrayInputStream(latin1));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(3L, "ward"));
        assertThat(result.problems().get(0).message()).contains("not UTF-8").contains("CSV UTF-8");
        assertThat(result.records()).hasSize(2);
    }

    @Test
    void aStreamThatFailsIsAnExceptionNotAProblemWithTheFile() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> new IncidentCsvReader(IncidentCsv.CLOCK).read(failing))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void rowNumbersAreTheOnesASpreadsheetShowsWithBlankLinesSkipped() {
        // Row 1 header, row 2 blank, row 3 a row of empty cells, row 4 the bad row; a quoted line break stays in row 5.
        ReadResult<IncidentRecord> result = read(file(HEADER, "", ",,,,", line("INC-1", "gender", "x"),
                line("INC-2", "service", "\"Adult\nServices\""), line("INC-3", "gender", "y")));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(4L, "gender"),
                        tuple(5L, "service"),
                        tuple(6L, "gender"));
        assertThat(result.rowsRead()).isEqualTo(3);
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsOneProblem() {
        ReadResult<IncidentRecord> result = read(file(HEADER, line("INC-1") + ",extra", line("INC-2") + ",,"));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(2L, ""));
        assertThat(result.problems().get(0).message()).contains("17 values").contains("16 columns");
        assertThat(result.records()).as("trailing empty cells are tolerated").hasSize(1);
    }

    @Test
    void anEmptyFileIsOneProblem() {
        assertThat(read("").problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, ""));
        assertThat(read(file(HEADER)).ok()).as("a header alone is a file with no incidents").isTrue();
    }

    @Test
    void identifiersInAnyCellAreRefusedWithoutRepeatingThem() {
        ReadResult<IncidentRecord> result = read(file(HEADER + ",comment",
                line("REF-9434765919") + ",ok",
                line("INC-2", "ward", "Mrs J. Smith") + ",fine",
                line("INC-3") + ",call j.smith@example.org",
                line("INC-4") + ",lives near LS1 4AP"));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "comment"),
                        tuple(2L, "external_reference"),
                        tuple(3L, "ward"),
                        tuple(4L, "comment"),
                        tuple(5L, "comment"));
        assertThat(result.problems().get(1).message()).isEqualTo("This looks like an NHS number. Remove patient "
                + "identifiers from the extract: this service holds anonymised data only.");
        assertThat(IncidentCsv.describe(result)).doesNotContain("9434765919", "Smith", "smith@", "4AP");
    }

    @Test
    void identifiersWrittenToWalkAroundTheCheckAreRefusedToo() {
        ReadResult<IncidentRecord> result = read(file(HEADER + ",comment",
                line("INC-1") + ",943.476.5919",
                line("INC-2") + ",943/476/5919",
                line("INC-3") + ",\uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19",
                line("INC-4") + ",943\u200b476\u200b5919",
                line("INC-5") + ",9 4 3 4 7 6 5 9 1 9",
                line("INC-6", "ward", "LS1\u00a0 4AP") + ",",
                line("INC-7") + ",j.smith\uff20example.org",
                line("INC-8", "ward", "M\u200br Smith") + ","));

        assertThat(result.problems()).filteredOn(p -> p.row() > 1).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(2L, "comment", IdentifierKind.NHS_NUMBER.message()),
                        tuple(3L, "comment", IdentifierKind.NHS_NUMBER.message()),
                        tuple(4L, "comment", IdentifierKind.NHS_NUMBER.message()),
                        tuple(5L, "comment", IdentifierKind.NHS_NUMBER.message()),
                        tuple(6L, "comment", IdentifierKind.NHS_NUMBER.message()),
                        tuple(7L, "ward", IdentifierKind.POSTCODE.message()),
                        tuple(8L, "comment", IdentifierKind.EMAIL_ADDRESS.message()),
                        tuple(9L, "ward", IdentifierKind.NAME_WITH_TITLE.message()));
        assertThat(result.records()).isEmpty();
    }

    @Test
    void aSpreadsheetDateIsReportedAsADateNeverAsAnNhsNumber() {
        // 14/03/26 00:28 has the digits 1403260028, a valid NHS number if the date were not read as a date first.
        ImportProblem problem = onlyProblem("started_at", "14/03/26 00:28");
        assertThat(problem.column()).isEqualTo("started_at");
        assertThat(problem.message()).contains("not a date and time").contains("yyyy-mm-dd hh:mm")
                .doesNotContain("NHS");
        ImportProblem withSeconds = onlyProblem("medical_review_at", "2026-03-14 00:17:00.5");
        assertThat(withSeconds.message()).contains("not a date and time").doesNotContain("NHS");
    }

    @Test
    void identifierHeadersAreRefusedAndAHeaderThatIsDataIsNotEchoed() {
        ReadResult<IncidentRecord> named = read(file(HEADER + ",NHS Number,date_of_birth",
                line("INC-1") + ",,"));
        assertThat(named.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(1L, "NHS Number"),
                        tuple(1L, "date_of_birth"));
        assertThat(named.problems().get(0).message()).contains("patient identifier");

        ReadResult<IncidentRecord> noHeader = read(file("943 476 5919,Mr Smith"));
        assertThat(noHeader.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .startsWith(tuple(1L, ""), tuple(1L, ""));
        assertThat(IncidentCsv.describe(noHeader)).doesNotContain("5919", "Smith");
    }

    @Test
    void problemsAreCappedButAllCounted() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < 1500; i++) {
            lines.add(line("INC-" + i, "type", "x", "gender", "y"));
        }
        ReadResult<IncidentRecord> result = read(file(lines.toArray(String[]::new)));
        assertThat(result.problems()).hasSize(ReadResult.MAX_PROBLEMS_KEPT);
        assertThat(result.problemCount()).isEqualTo(3000);
        assertThat(result.problemsTruncated()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(1500);
    }

    @Test
    void aHundredThousandRowFileIsReadWithProgressEveryThousandRows() throws Exception {
        String[] types = {"physical_restraint", "seclusion", "rapid_tranquillisation", "enhanced_observation"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 100_000; i++) {
            String type = types[i % types.length];
            text.append("INC-").append(i).append(",2026-0").append(1 + i % 3).append('-')
                    .append(String.format("%02d", 1 + i % 28)).append(' ').append(String.format("%02d", i % 24))
                    .append(":15,Adult Mental Health,Ward ").append((char) ('A' + i % 6)).append(',').append(type)
                    .append(',').append(type.equals("physical_restraint") ? "seated" : "").append(',')
                    .append(i % 240).append(",35_44,male,mixed,no,no,,yes,yes,\r\n");
        }
        bytes.write(text.toString().getBytes(StandardCharsets.UTF_8));
        List<Long> progress = new ArrayList<>();

        ReadResult<IncidentRecord> result = new IncidentCsvReader(IncidentCsv.CLOCK)
                .read(new ByteArrayInputStream(bytes.toByteArray()), progress::add);

        assertThat(IncidentCsv.describe(result)).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(100_000);
        assertThat(result.records()).hasSize(100_000);
        assertThat(progress).hasSize(100).startsWith(1000L, 2000L).endsWith(100_000L);
    }
}
