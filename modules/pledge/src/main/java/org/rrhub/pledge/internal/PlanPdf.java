package org.rrhub.pledge.internal;

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
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.pledge.api.DomainSection;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.Priority;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plan laid out like the RRN pledge action plan template: the organisation's details, the top three priorities
 * with their measures of success, then one table per strategy with its description and the three answers.
 */
final class PlanPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Color SHADE = new Color(0xF3, 0xF2, 0xF1);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);

    private PlanPdf() {
    }

    static byte[] render(PlanView plan) {
        PlanContent content = plan.content();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Pledge action plan: " + content.organisationName());
            document.addCreator("Restraint Reduction Hub");
            document.open();
            document.add(new Paragraph("Restraint Reduction Network pledge action plan", TITLE));
            document.add(new Paragraph("Cycle " + DAY.format(plan.cycleStart()) + " to " + DAY.format(plan.cycleEnd())
                    + ". Status: " + plan.status().label() + ".", SMALL));
            document.add(spacer());
            document.add(organisation(content));
            document.add(spacer());
            document.add(priorities(content));
            for (StrategyDomain domain : StrategyDomain.values()) {
                document.add(spacer());
                document.add(strategy(domain, content.section(domain)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The plan could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable organisation(PlanContent content) {
        PdfPTable table = table(new float[]{1, 2});
        row(table, "Organisation name", content.organisationName());
        row(table, "Sector (eg academy trust, NHS trust)", content.sector());
        row(table, "Restraint reduction lead", content.reductionLead());
        row(table, "Contact email", content.contactEmail());
        row(table, "Date", content.planDate() == null ? "" : DAY.format(content.planDate()));
        return table;
    }

    private static PdfPTable priorities(PlanContent content) {
        PdfPTable table = table(new float[]{1, 1});
        table.addCell(shaded("Our top priorities for the next 12 months"));
        table.addCell(shaded("Our measure of success"));
        table.setHeaderRows(1);
        int n = 1;
        for (Priority p : content.priorities()) {
            table.addCell(cell(n++ + ". " + p.priority(), TEXT));
            table.addCell(cell(p.measureOfSuccess(), TEXT));
        }
        return table;
    }

    private static PdfPTable strategy(StrategyDomain domain, DomainSection section) {
        PdfPTable table = table(new float[]{1, 2});
        PdfPCell heading = new PdfPCell();
        heading.setColspan(2);
        heading.setBackgroundColor(SHADE);
        heading.setPadding(5);
        Paragraph title = new Paragraph("Strategy " + domain.number() + ": " + domain.title().toUpperCase(Locale.UK),
                HEADING);
        heading.addElement(title);
        heading.addElement(new Paragraph(domain.guidance(), SMALL));
        table.addCell(heading);
        table.setHeaderRows(1);
        row(table, "What is the main priority in this area", section.mainPriority());
        row(table, "What we have done so far", section.doneSoFar());
        row(table, "What we plan to do next in this area", section.planNext());
        return table;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL));
        table.addCell(cell(value, TEXT));
    }

    private static PdfPCell shaded(String text) {
        PdfPCell cell = cell(text, LABEL);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(5);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", SMALL);
    }
}
