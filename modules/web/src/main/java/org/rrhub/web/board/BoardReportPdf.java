package org.rrhub.web.board;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.rrhub.compliance.api.RollUp;
import org.rrhub.incidents.api.Breakdown;
import org.rrhub.incidents.api.BreakdownGroup;
import org.rrhub.incidents.api.DataQualityFlag;
import org.rrhub.incidents.api.Indicator;
import org.rrhub.incidents.api.Insight;
import org.rrhub.web.support.IncidentCharts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The board's periodic report on restrictive practice (Standard 1.4.1.VI): the pledge plan and its actions, the
 * self-assessment roll-up, policies due for review, then the incident data with the same charts and tables as the
 * pages. Small numbers are already suppressed in what it is given.
 */
final class BoardReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color SHADE = new Color(0xF3, 0xF2, 0xF1);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);

    private BoardReportPdf() {
    }

    static byte[] render(BoardReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Restrictive practice board report: " + content.provider());
            document.addCreator("Restraint Reduction Hub");
            document.open();
            document.add(new Paragraph("Restrictive practice: report to the board", TITLE));
            document.add(new Paragraph(content.provider() + ". Incident data for " + content.period()
                    + ". Produced on " + DAY.format(content.producedOn()) + ".", TEXT));
            plan(document, content);
            assessment(document, content);
            documents(document, content);
            incidents(document, writer, content.insight());
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The board report could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static void plan(Document document, BoardReportContent content) {
        heading(document, "The RRN pledge action plan");
        if (content.plan() == null) {
            document.add(new Paragraph("No pledge action plan has been started.", TEXT));
            return;
        }
        document.add(new Paragraph("Cycle " + content.plan().cycle() + ": " + content.plan().state() + ".", TEXT));
        PdfPTable domains = table(new float[]{4, 1, 1, 1}, "Strategy domain", "Open", "Overdue", "Done");
        content.domains().forEach(d -> row(domains, d.domain(), d.open(), d.overdue(), d.done()));
        document.add(domains);
        if (content.overdue().isEmpty()) {
            document.add(new Paragraph("No action is overdue.", TEXT));
        } else {
            document.add(new Paragraph("Overdue actions", SUBHEADING));
            PdfPTable overdue = table(new float[]{4, 2, 1.4f}, "Action", "Owner", "Due");
            content.overdue().forEach(a -> {
                overdue.addCell(cell(a.title(), TEXT, false));
                overdue.addCell(cell(a.owner(), TEXT, false));
                overdue.addCell(cell(DAY.format(a.due()), TEXT, false));
            });
            document.add(overdue);
        }
    }

    private static void assessment(Document document, BoardReportContent content) {
        heading(document, "Self-assessment against the National Minimum Standards, " + content.assessmentYear());
        if (content.assessment().isEmpty()) {
            document.add(new Paragraph("The self-assessment for this year has not been started.", TEXT));
            return;
        }
        PdfPTable table = table(new float[]{4, 1, 1, 1, 1, 1}, "Section", "Met", "Partially met", "Not met",
                "Not answered", "% met");
        for (RollUp r : content.assessment()) {
            row(table, r.title(), r.met(), r.partiallyMet(), r.notMet(), r.unanswered(), r.percentMet());
        }
        document.add(table);
    }

    private static void documents(Document document, BoardReportContent content) {
        heading(document, "Policies and procedures due for review");
        if (content.documents().isEmpty()) {
            document.add(new Paragraph("No document is past or near its review date.", TEXT));
            return;
        }
        PdfPTable table = table(new float[]{4, 1.6f, 1.4f, 1.4f}, "Document", "Kind", "Review date", "State");
        content.documents().forEach(d -> {
            table.addCell(cell(d.title(), TEXT, false));
            table.addCell(cell(d.kind(), TEXT, false));
            table.addCell(cell(d.nextReview() == null ? "" : DAY.format(d.nextReview()), TEXT, false));
            table.addCell(cell(d.state(), TEXT, false));
        });
        document.add(table);
    }

    private static void incidents(Document document, PdfWriter writer, Insight insight) {
        heading(document, "Restrictive interventions, " + IncidentCharts.month(insight.filter().from()) + " to "
                + IncidentCharts.month(insight.filter().to()));
        if (!insight.hasRecords()) {
            document.add(new Paragraph("No incident data for this period.", TEXT));
            return;
        }
        document.add(new Paragraph(IncidentCharts.whole(insight.overall().count()) + " interventions; "
                + (insight.overall().hasRate() ? IncidentCharts.rate(insight.overall().ratePer1000())
                + " per 1,000 occupied bed days." : insight.overall().whyNoRate()), TEXT));
        for (IncidentCharts.Figure figure : IncidentCharts.of(insight)) {
            document.add(new Paragraph(figure.chart().title(), SUBHEADING));
            Image chart = org.rrhub.charts.PdfChart.image(figure.chart(), writer, 520, 200);
            document.add(chart);
            PdfPTable numbers = table(widths(figure.columns().size()), figure.columns().toArray(String[]::new));
            for (List<String> row : figure.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    numbers.addCell(number(row.get(i), i > 0));
                }
            }
            document.add(numbers);
        }
        document.add(new Paragraph("Care after restrictive interventions", SUBHEADING));
        PdfPTable indicators = table(new float[]{4, 1, 1, 1}, "Indicator", "Met", "Of", "Per cent");
        for (Indicator i : insight.indicators()) {
            indicators.addCell(cell(i.name(), TEXT, false));
            indicators.addCell(number(String.valueOf(i.met()), true));
            indicators.addCell(number(String.valueOf(i.of()), true));
            indicators.addCell(number(i.percent() == null ? "None recorded"
                    : String.format(Locale.UK, "%.1f%%", i.percent()), true));
        }
        document.add(indicators);
        document.add(new Paragraph("Who was restricted (groups of fewer than 5 are not shown)", SUBHEADING));
        for (Breakdown b : insight.demographics()) {
            PdfPTable table = table(new float[]{3, 1}, b.dimension(), "Interventions");
            for (BreakdownGroup g : b.groups()) {
                table.addCell(cell(g.label(), TEXT, false));
                table.addCell(number(g.display(), true));
            }
            document.add(table);
        }
        document.add(new Paragraph("Data quality", SUBHEADING));
        if (!insight.quality().hasGaps()) {
            document.add(new Paragraph("No gaps found: every month and ward reported.", TEXT));
        }
        for (DataQualityFlag flag : insight.quality().flags()) {
            document.add(new Paragraph("- " + flag.message(), TEXT));
        }
        document.add(new Paragraph("Compared with the sector", SUBHEADING));
        var benchmark = insight.benchmark();
        if (benchmark != null && benchmark.available()) {
            var q = benchmark.benchmark().quartiles();
            document.add(new Paragraph("Our rate " + IncidentCharts.rate(benchmark.ownRate()) + " is in the "
                    + benchmark.benchmark().quarter().label() + " of " + benchmark.peers() + " providers ("
                    + benchmark.sector() + "): lower quartile " + IncidentCharts.rate(q.lowerQuartile())
                    + ", median " + IncidentCharts.rate(q.median()) + ", upper quartile "
                    + IncidentCharts.rate(q.upperQuartile()) + ".", TEXT));
        } else if (benchmark != null) {
            document.add(new Paragraph(benchmark.whyNone(), TEXT));
        }
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 2.5f;
        return widths;
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String h : headers) {
            table.addCell(cell(h, LABEL, true));
        }
        return table;
    }

    private static void row(PdfPTable table, String label, int... numbers) {
        table.addCell(cell(label, TEXT, false));
        for (int n : numbers) {
            table.addCell(number(String.valueOf(n), true));
        }
    }

    private static PdfPCell number(String text, boolean right) {
        PdfPCell cell = cell(text, TEXT, false);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static PdfPCell cell(String text, Font font, boolean shaded) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        if (shaded) {
            cell.setBackgroundColor(SHADE);
        }
        return cell;
    }
}
