package org.rrhub.compliance.internal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Section;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Subsection;
import org.rrhub.core.api.StrategyDomain;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentExportTest {

    private static final Framework FRAMEWORK = new Framework("nms-test", "National Minimum Standards", "2019",
            List.of(new Section("1", "Board level", List.of(new Subsection("1.15", "Audit", "", List.of(
                    new Statement("1.15.I", "There is an annual audit.", List.of(StrategyDomain.LEADERSHIP_AND_GOVERNANCE)),
                    new Statement("1.15.II", "Not applicable statements have a rationale.",
                            List.of(StrategyDomain.CONTINUOUS_IMPROVEMENT))))))));

    private static final AnswerView MET = new AnswerView("1.15.I", ComplianceStatus.MET,
            "=HYPERLINK(\"http://evil\") audited in March", "northfield.editor", LocalDate.of(2027, 3, 31), null,
            List.of("doc-1", "doc-gone"), "Minutes, item 7", false, List.of("action-1"), 3,
            Instant.parse("2026-11-25T10:00:00Z"), "northfield.editor");

    private static List<StatementRow> rows() {
        Assessment assessment = new Assessment("nms-test", 2026, List.of(MET),
                RollUps.bySection(FRAMEWORK, Map.of("1.15.I", ComplianceStatus.MET)),
                RollUps.bySubsection(FRAMEWORK, Map.of("1.15.I", ComplianceStatus.MET)),
                RollUps.byDomain(FRAMEWORK, Map.of("1.15.I", ComplianceStatus.MET)));
        return StatementRow.of(FRAMEWORK, assessment, Map.of("doc-1", "Audit report 2026"),
                Map.of("action-1", "Commission the annual audit"));
    }

    @Test
    void theCsvHasEveryStatementWithItsEvidenceByNameAndNoFormulas() throws IOException {
        String csv = new String(AssessmentCsv.render(rows()), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(records).hasSize(2);
        CSVRecord met = records.get(0);
        assertThat(met.get("Statement")).isEqualTo("1.15.I");
        assertThat(met.get("Status")).isEqualTo("Met");
        assertThat(met.get("Narrative")).startsWith("'=HYPERLINK");
        assertThat(met.get("Evidence documents")).isEqualTo("Audit report 2026; doc-gone");
        assertThat(met.get("Linked actions")).isEqualTo("Commission the annual audit");
        assertThat(met.get("Target date")).isEqualTo("2027-03-31");
        assertThat(records.get(1).get("Status")).isEqualTo("Not answered");
        assertThat(records.get(1).get("Strategy domains")).isEqualTo(StrategyDomain.CONTINUOUS_IMPROVEMENT.title());
    }

    @Test
    void thePdfReportHasTheRollUpAndEveryStatement() throws IOException {
        byte[] pdf = AssessmentPdf.render("Northfield Care", FRAMEWORK, new Assessment("nms-test", 2026, List.of(MET),
                RollUps.bySection(FRAMEWORK, Map.of("1.15.I", ComplianceStatus.MET)), List.of(),
                RollUps.byDomain(FRAMEWORK, Map.of("1.15.I", ComplianceStatus.MET))), rows());
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString().replaceAll("\\s+", " ");
            assertThat(all).contains("Self-assessment 2026: Northfield Care", "By section", "Section 1: Board level",
                    "1.15.I", "There is an annual audit.", "Audit report 2026", "Commission the annual audit",
                    "1.15.II", "Not answered");
            assertThat(all.indexOf("1.15.I ")).isLessThan(all.indexOf("1.15.II"));
        } finally {
            reader.close();
        }
    }
}
