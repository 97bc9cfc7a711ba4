package org.rrhub.charts;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfChartTest {

    private static final List<String> QUARTER = List.of("Jan 2026", "Feb 2026", "Mar 2026");

    private static final Chart BY_TYPE = Chart.bar("Restrictive practices by type", "Physical holds fell.",
            "Rate per 1,000 occupied bed days", QUARTER,
            Series.of("Physical", 4.2, 3.1, null), Series.of("Chemical", 1.0, 2.0, 1.5), Series.of("Seclusion", 0.0, 0.5, 0.2));

    private static final Chart TREND = Chart.line("Monthly rate", "The rate fell.", "Rate per 1,000 occupied bed days",
            QUARTER, Series.of("Ward A", 4.2, null, 2.0), Series.of("Ward B", 1.0, 2.0, 1.5),
            Series.of("Ward C", 3.0, 2.5, 2.0), Series.of("Ward D", 0.5, 0.7, 0.9));

    /** A one-page A4 report made in memory, the way the board report will be. */
    private static byte[] report(BiConsumer<Document, PdfWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        content.accept(document, writer);
        document.close();
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void aChartFlowsInADocumentAsAnImageWithItsWordsReadable() throws IOException {
        byte[] pdf = report((document, writer) -> {
            document.add(new Paragraph("Board report"));
            document.add(PdfChart.image(BY_TYPE, writer, 523, 260));
            document.add(PdfChart.image(TREND, writer, 523, 260));
        });
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Board report", "Restrictive practices by type", "Monthly rate",
                "Rate per 1,000 occupied bed days", "Jan 2026", "Mar 2026", "Physical", "Seclusion", "Ward D");
    }

    @Test
    void theImageCarriesTheChartsNameAndSummaryAsAlternativeText() {
        report((document, writer) -> {
            Image image = PdfChart.image(BY_TYPE, writer, 400, 250);
            assertThat(image.getAlt()).isEqualTo("Restrictive practices by type. Physical holds fell.");
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(250);
            document.add(image);
        });
    }

    @Test
    void aChartCanBeDrawnAtAFixedPlaceOnThePage() throws IOException {
        byte[] pdf = report((document, writer) -> {
            document.add(new Paragraph(" "));
            PdfChart.draw(TREND, writer.getDirectContent(), 36, 400, 523, 300);
        });
        // the ticks for a largest value of 4.2: steps of 1 up to 5
        assertThat(text(pdf)).contains("Monthly rate", "Feb 2026", "Ward A", "0", "5");
    }

    @Test
    void noValuesAtAllSaysSo() throws IOException {
        Chart empty = Chart.line("Monthly rate", "No bed days were recorded.", "Rate", QUARTER,
                Series.of("Ward A", null, null, null));
        byte[] pdf = report((document, writer) -> document.add(PdfChart.image(empty, writer, 523, 200)));
        assertThat(text(pdf)).contains("Monthly rate", "No data for this period").doesNotContain("Jan 2026");
    }

    @Test
    void tooLittleHeightForAPlotIsRefused() {
        assertThatThrownBy(() -> report((document, writer) -> PdfChart.image(TREND, writer, 523, 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Monthly rate");
    }
}
