package org.rrhub.charts;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;

/** The PDF's standard fonts: built into every PDF reader, so nothing is embedded. */
final class Fonts {

    static final BaseFont REGULAR = create(BaseFont.HELVETICA);
    static final BaseFont BOLD = create(BaseFont.HELVETICA_BOLD);

    private Fonts() {
    }

    private static BaseFont create(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The standard PDF font " + name + " is missing from OpenPDF", e);
        }
    }
}
