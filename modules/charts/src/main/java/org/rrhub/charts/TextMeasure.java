package org.rrhub.charts;

import com.lowagie.text.pdf.BaseFont;

/**
 * How wide a piece of text will be, so labels can be wrapped and thinned before they collide. Arial and Helvetica
 * share their widths, so the PDF's own font metrics serve the SVG too.
 */
@FunctionalInterface
interface TextMeasure {

    double width(String text, double size, boolean bold);

    /** Exact for the PDF's Helvetica. */
    TextMeasure HELVETICA = (text, size, bold) -> {
        BaseFont font = bold ? Fonts.BOLD : Fonts.REGULAR;
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a character Helvetica lacks is measured as a wide one rather than as nothing
            width += font.charExists(c) ? font.getWidthPoint(c, (float) size) : 0.6 * size;
        }
        return width;
    };

    /**
     * For the SVG: a browser without Arial substitutes another sans-serif, as much as 15% wider (DejaVu Sans on
     * Linux), so leave it that much more room.
     */
    TextMeasure BROWSER = (text, size, bold) -> HELVETICA.width(text, size, bold) * 1.15;
}
