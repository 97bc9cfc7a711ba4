package org.rrhub.web.board;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.RollUp;
import org.rrhub.incidents.api.Insight;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoardReportPdfTest {

    private static final String NO_BENCHMARK = SampleInsights.NO_BENCHMARK;

    @Test
    void theReportHoldsThePlanTheAssessmentTheDocumentsAndTheIncidentFigures() throws IOException {
        String text = text(BoardReportPdf.render(content(SampleInsights.twoWards("Oak Ward"))));

        assertThat(text).contains("Northfield Test Trust").contains("September 2026 to October 2026")
                .contains("The RRN pledge action plan").contains("Accepted and published")
                .contains("Refresher training for night staff").contains("Leadership and governance")
                .contains("Self-assessment against the National Minimum Standards, 2026")
                .contains("Section 1: Leadership 30 0 0 10 75")
                .contains("Seclusion policy Policy 1 September 2026 Overdue")
                .contains("Restrictive interventions per 1,000 occupied bed days, by month")
                .contains("Oak Ward").contains("Birch Ward")
                // Oak Ward: 3 over 2,000 bed days; September: 3 over 1,500. One man is fewer than 5, so is hidden.
                .contains("Oak Ward 3 2,000 1.50").contains("September 2026 3 1,500 2.00")
                .contains("Male fewer than 5")
                .contains("Refresher training for night staff Ana Silva 31 October 2026")
                .contains(NO_BENCHMARK);
    }

    @Test
    void aPeriodWithoutRecordsSaysSoInsteadOfEmptyCharts() throws IOException {
        String text = text(BoardReportPdf.render(content(SampleInsights.empty())));

        assertThat(text).contains("No incident data for this period.")
                .doesNotContain("Prone restraints by month").doesNotContain(NO_BENCHMARK);
    }

    private static BoardReportContent content(Insight insight) {
        return new BoardReportContent("Northfield Test Trust", "September 2026 to October 2026",
                LocalDate.of(2026, 11, 25), new BoardReportContent.PlanLine("1 April 2026 to 31 March 2027",
                "Accepted and published"),
                List.of(new BoardReportContent.DomainLine("Leadership and governance", 2, 1, 3)),
                List.of(new BoardReportContent.ActionLine("Refresher training for night staff", "Ana Silva",
                        LocalDate.of(2026, 10, 31))),
                2026, List.of(new RollUp("1", "Section 1: Leadership", 40, Map.of(ComplianceStatus.MET, 30), 10, 75)),
                List.of(new BoardReportContent.DocumentLine("Seclusion policy", "Policy", LocalDate.of(2026, 9, 1),
                        "Overdue")), insight);
    }

    /** PDFBox reads the text back: OpenPDF's own extractor misses the text of tables. */
    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
