package org.rrhub.compliance.internal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.core.api.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The assessment as CSV, one row per statement in the standard's order. */
final class AssessmentCsv {

    static final List<String> HEADER = List.of("Section", "Subsection", "Statement", "Statement text",
            "Strategy domains", "Status", "Narrative", "Owner", "Target date", "Not applicable rationale",
            "Evidence documents", "Linked actions", "Evidence note", "Unevidenced", "Last changed", "Last changed by");

    private AssessmentCsv() {
    }

    static byte[] render(List<StatementRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (StatementRow row : rows) {
                AnswerView a = row.answer();
                printer.printRecord(List.of(row.section().number() + " " + row.section().title(),
                        row.subsection().id() + " " + row.subsection().title(), row.statement().id(),
                        row.statement().text(), row.domains(), row.status(),
                        a == null ? "" : a.narrative(), a == null || a.owner() == null ? "" : a.owner(),
                        a == null || a.targetDate() == null ? "" : a.targetDate().toString(),
                        a == null || a.notApplicableRationale() == null ? "" : a.notApplicableRationale(),
                        String.join("; ", row.documents()), String.join("; ", row.actions()),
                        a == null ? "" : a.evidenceNote(), a != null && a.unevidenced() ? "yes" : "",
                        a == null ? "" : a.updatedAt().toString(), a == null ? "" : a.updatedBy())
                        .stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
