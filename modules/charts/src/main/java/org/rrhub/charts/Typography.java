package org.rrhub.charts;

/**
 * Sizes for one medium; every gap and margin is a fraction of the text size, so the SVG (CSS pixels on a 720 wide
 * canvas) and the PDF (points on a page) share proportions.
 */
record Typography(double titleSize, double textSize, double lineWidth, double markerSize, TextMeasure measure) {

    /** 16px text on the 720px canvas stays above 14px at the page's full width, GOV.UK's body size. */
    static final Typography SVG = new Typography(19, 16, 3, 11, TextMeasure.BROWSER);
    /** The sizes of the rest of the board report (see AssessmentPdf in rrhub-compliance). */
    static final Typography PDF = new Typography(11, 8, 1.5, 5.5, TextMeasure.HELVETICA);

    double lineHeight(double size) {
        return size * 1.3;
    }

    /** The space between parts of the chart. */
    double gap() {
        return textSize / 2;
    }

    /** How far below the middle of a line of text its baseline is: half the capital height. */
    double middleToBaseline(double size) {
        return size * 0.35;
    }

    double width(String text, double size, boolean bold) {
        return measure.width(text, size, bold);
    }
}
