package org.rrhub.compliance.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.RollUp;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The self-assessment report: the roll-ups by section and by strategy domain, then every statement with its status,
 * narrative and evidence, section by section, as a board or a reviewer reads it.
 */
final class AssessmentPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color SHADE = new Color(0xF3, 0xF2, 0xF1);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);

    private AssessmentPdf() {
    }

    static byte[] render(String organisation, Framework framework, Assessment assessment, List<StatementRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Self-assessment " + assessment.year() + ": " + organisation);
            document.addCreator("Restraint Reduction Hub");
            document.open();
            document.add(new Paragraph("Self-assessment " + assessment.year() + ": " + organisation, TITLE));
            document.add(new Paragraph(framework.title() + " (" + framework.edition() + ")", SMALL));
            document.add(new Paragraph(" ", SMALL));
            document.add(new Paragraph("By section", HEADING));
            document.add(rollUps(assessment.bySection()));
            document.add(new Paragraph("By strategy domain", HEADING));
            document.add(rollUps(assessment.byDomain()));
            String section = null;
            for (StatementRow row : rows) {
                if (!row.section().number().equals(section)) {
                    section = row.section().number();
                    Paragraph heading = new Paragraph("Section " + section + ": " + row.section().title(), HEADING);
                    heading.setSpacingBefore(12);
                    heading.setSpacingAfter(4);
                    document.add(heading);
                }
                document.add(statement(row));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The assessment could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable rollUps(List<RollUp> rollUps) {
        PdfPTable table = new PdfPTable(new float[]{4, 1, 1, 1, 1, 1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String h : List.of("Group", "Met", "Partially met", "Not met", "Not applicable", "Not answered",
                "% met")) {
            table.addCell(cell(h, LABEL, true));
        }
        for (RollUp r : rollUps) {
            table.addCell(cell(r.title(), TEXT, false));
            for (int n : new int[]{r.met(), r.partiallyMet(), r.notMet(), r.notApplicable(), r.unanswered(),
                    r.percentMet()}) {
                PdfPCell c = cell(String.valueOf(n), TEXT, false);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPTable statement(StatementRow row) {
        PdfPTable table = new PdfPTable(new float[]{1, 4});
        table.setWidthPercentage(100);
        table.setSpacingAfter(4);
        table.setKeepTogether(true);
        table.addCell(cell(row.statement().id(), LABEL, true));
        table.addCell(cell(row.statement().text(), TEXT, true));
        AnswerView a = row.answer();
        table.addCell(cell("Status", LABEL, false));
        table.addCell(cell(row.status() + (a != null && a.unevidenced() ? " (no evidence linked)" : ""), TEXT,
                false));
        if (a == null) {
            return table;
        }
        List<String[]> details = new ArrayList<>();
        details.add(new String[]{"Narrative", a.narrative()});
        details.add(new String[]{"Not applicable because", a.notApplicableRationale()});
        details.add(new String[]{"Owner", a.owner()});
        details.add(new String[]{"Target date", a.targetDate() == null ? null : DAY.format(a.targetDate())});
        details.add(new String[]{"Documents", String.join("; ", row.documents())});
        details.add(new String[]{"Actions", String.join("; ", row.actions())});
        details.add(new String[]{"Other evidence", a.evidenceNote()});
        for (String[] detail : details) {
            if (detail[1] != null && !detail[1].isBlank()) {
                table.addCell(cell(detail[0], LABEL, false));
                table.addCell(cell(detail[1], TEXT, false));
            }
        }
        return table;
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
