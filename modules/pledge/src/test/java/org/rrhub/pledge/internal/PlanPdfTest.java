package org.rrhub.pledge.internal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.rrhub.pledge.api.PlanStatus;
import org.rrhub.pledge.api.PlanView;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPdfTest {

    @Test
    void thePdfHoldsEveryAnswerInTheTemplatesOrder() throws IOException {
        PlanView plan = new PlanView("p1", SamplePlans.CYCLE_START, SamplePlans.CYCLE_START.plusYears(1).minusDays(1),
                PlanStatus.SUBMITTED, 3, SamplePlans.complete(), null, Instant.now(), "someone");

        byte[] pdf = PlanPdf.render(plan);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Northfield Mental Health NHS Trust", "rr.lead@northfield.example",
                "End prone restraint on all wards", "No prone restraint recorded for 6 months",
                "Strategy 6: CONTINUOUS IMPROVEMENT", "Next for Continuous improvement");
        assertThat(text.indexOf("Our top priorities")).isLessThan(text.indexOf("Strategy 1: LEADERSHIP"));
        assertThat(text.indexOf("Strategy 1: LEADERSHIP")).isLessThan(text.indexOf("Strategy 6: CONTINUOUS"));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }
}
