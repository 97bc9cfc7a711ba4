package org.rrhub.charts;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.Objects;

/**
 * A chart in vector graphics for a PDF report, laid out like {@link SvgChart}: title, legend, value axis with round
 * ticks and gridlines, category labels, and bars with fill patterns or lines with markers and dashes, so the series
 * can be told apart in black and white print too.
 */
public final class PdfChart {

    private PdfChart() {
    }

    /**
     * The chart as an image to add to a document like any other element, so it flows with the text around it.
     *
     * @param width  in points; an A4 page inside 36pt margins is 523pt wide
     * @param height in points, title, legend and labels included
     */
    public static Image image(Chart chart, PdfWriter writer, float width, float height) {
        Objects.requireNonNull(writer, "writer");
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        draw(chart, template, 0, 0, width, height);
        try {
            Image image = Image.getInstance(template);
            image.setAlt(chart.title() + ". " + chart.summary());
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException("The chart '" + chart.title() + "' could not be made into an image", e);
        }
    }

    /**
     * Draws the chart on a canvas at a fixed place, for a page laid out by hand.
     *
     * @param x the left edge, in points from the left of the page
     * @param y the bottom edge, in points from the bottom of the page
     */
    public static void draw(Chart chart, PdfContentByte canvas, float x, float y, float width, float height) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(canvas, "canvas");
        ChartLayout layout = ChartLayout.forBox(chart, width, height, Typography.PDF);
        new PdfPainter(chart, layout, canvas, x, y + height).paint();
    }
}
